import { Button, Group, Stack } from "@mantine/core";
import { Link, Outlet, useLocation } from "react-router";

const settingsPages = [
  { to: "/settings/coach", label: "Reply coach" },
  { to: "/settings/risk", label: "Risk weights" },
  { to: "/settings/workflow", label: "Workflow" },
];

export function SettingsLayout() {
  const { pathname } = useLocation();
  return (
    <Stack gap="lg">
      <Group gap="xs" component="nav" aria-label="Settings pages">
        {settingsPages.map((page) => {
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
