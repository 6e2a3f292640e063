import { Button, Group, Stack } from "@mantine/core";
import { Link, Outlet, useLocation } from "react-router";
import { useSession } from "../session";

const settingsPages = [
  { to: "/settings/coach", label: "Reply coach" },
  { to: "/settings/templates", label: "Reply templates" },
  { to: "/settings/risk", label: "Risk weights" },
  { to: "/settings/workflow", label: "Workflow" },
  { to: "/settings/compensation", label: "Compensation", adminOnly: true },
  // Mailbox settings hold passwords, so only admins are shown the way in.
  { to: "/settings/mailboxes", label: "Mailboxes", adminOnly: true },
];

export function SettingsLayout() {
  const { pathname } = useLocation();
  const isAdmin = useSession().data?.user.role === "admin";
  const pages = settingsPages.filter((page) => isAdmin || !page.adminOnly);
  return (
    <Stack gap="lg">
      <Group gap="xs" component="nav" aria-label="Settings pages">
        {pages.map((page) => {
          const active = pathname.startsWith(page.to);
          return (
            <Button
              key={page.to}
              component={Link}
              to={page.to}
              size="xs"
              variant={active ? "light" : "subtle"}
              aria-current={active ? "page" : undefined}
            >
              {page.label}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </Stack>
  );
}
