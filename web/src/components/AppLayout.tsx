import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useLocation } from "react-router";
import { isManager } from "../../../src/shared/vocabulary";
import type { Session } from "../api-types";
import { labelOf, roleLabels } from "../format";
import { useLiveCaseEvents } from "../live";
import { useSignOut } from "../session";
import { LiveIndicator } from "./LiveIndicator";
import { MendMark } from "./MendMark";
import { ApprovalsNavLink } from "./resolution/ApprovalsNavLink";
import { HelpRequestsNavLink } from "./workflow/HelpRequestsNavLink";
import { NotificationBell } from "./workflow/NotificationBell";

export function AppLayout({ session }: { session: Session }) {
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const liveStatus = useLiveCaseEvents();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const onSettings = pathname.startsWith("/settings");
  const onQueue = pathname === "/" || pathname.startsWith("/queue") || pathname.startsWith("/cases/");

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !navOpen } }}
      padding="lg"
      styles={{
        header: { background: "var(--mend-surface)", borderColor: "var(--mend-border)" },
        navbar: { background: "var(--mend-surface)", borderColor: "var(--mend-border)" },
      }}
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Link to="/" style={{ textDecoration: "none" }} aria-label="Mend — queue">
              <MendMark />
            </Link>
            <LiveIndicator status={liveStatus} />
          </Group>
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <Stack gap={0} align="flex-end" visibleFrom="xs" data-testid="current-user">
              <Text size="sm" fw={600} lh={1.3}>
                {session.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {labelOf(roleLabels, session.user.role)} · {session.org.name}
              </Text>
            </Stack>
            <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main">
        <NavLink component={Link} to="/" label="Queue" active={onQueue} onClick={closeNav} />
        <HelpRequestsNavLink active={pathname.startsWith("/help-requests")} onClick={closeNav} />
        {isManager(session.user.role) && (
          <ApprovalsNavLink active={pathname.startsWith("/approvals")} onClick={closeNav} />
        )}
        {/* Everyone may read the settings by address; only admins can change them, so only they see the way in.
            Supervisors look after the reply templates, so they are shown the way to those. */}
        {isManager(session.user.role) && (
          <NavLink
            component={Link}
            to={session.user.role === "admin" ? "/settings/coach" : "/settings/templates"}
            label="Settings"
            active={onSettings}
            onClick={closeNav}
          />
        )}
        {session.user.role === "admin" && (
          <NavLink
            component={Link}
            to="/settings/workflow"
            label="Workflow"
            pl="xl"
            active={pathname.startsWith("/settings/workflow")}
            onClick={closeNav}
          />
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
