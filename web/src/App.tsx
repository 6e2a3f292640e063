import { Anchor, Center, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { Link, Navigate, Route, Routes, useLocation } from "react-router";
import { isApiError } from "./api";
import type { Session } from "./api-types";
import { AppLayout } from "./components/AppLayout";
import { ErrorAlert, PageLoader } from "./components/PageStates";
import { SettingsLayout } from "./components/SettingsLayout";
import { QueuePage } from "./pages/QueuePage";
import { SignInPage } from "./pages/SignInPage";
import { signInPath, useSession, useUnauthorizedRedirect } from "./session";

// The case page is only needed once someone opens a case, so it loads on demand.
const CasePage = lazy(() => import("./pages/CasePage").then((module) => ({ default: module.CasePage })));
const CoachSettingsPage = lazy(() =>
  import("./pages/CoachSettingsPage").then((module) => ({ default: module.CoachSettingsPage })),
);
const RiskSettingsPage = lazy(() =>
  import("./pages/RiskSettingsPage").then((module) => ({ default: module.RiskSettingsPage })),
);
const WorkflowSettingsPage = lazy(() =>
  import("./pages/WorkflowSettingsPage").then((module) => ({ default: module.WorkflowSettingsPage })),
);
const MailboxSettingsPage = lazy(() =>
  import("./pages/MailboxSettingsPage").then((module) => ({ default: module.MailboxSettingsPage })),
);
const TemplateSettingsPage = lazy(() =>
  import("./pages/TemplateSettingsPage").then((module) => ({ default: module.TemplateSettingsPage })),
);
const HelpRequestsPage = lazy(() =>
  import("./pages/HelpRequestsPage").then((module) => ({ default: module.HelpRequestsPage })),
);
const ApprovalsPage = lazy(() =>
  import("./pages/ApprovalsPage").then((module) => ({ default: module.ApprovalsPage })),
);
const CompensationSettingsPage = lazy(() =>
  import("./pages/CompensationSettingsPage").then((module) => ({ default: module.CompensationSettingsPage })),
);
const NotificationsPage = lazy(() =>
  import("./pages/NotificationsPage").then((module) => ({ default: module.NotificationsPage })),
);

function NotFoundPage() {
  return (
    <Stack gap="sm" maw={560}>
      <Title order={1} size="h2">
        Nothing here
      </Title>
      <Text c="dimmed">This page doesn't exist. It may have moved, or the link may be mistyped.</Text>
      <Anchor component={Link} to="/">
        Go to the queue
      </Anchor>
    </Stack>
  );
}

function SignedInApp({ session }: { session: Session }) {
  return (
    <Routes>
      <Route element={<AppLayout session={session} />}>
        <Route index element={<QueuePage session={session} />} />
        <Route path="queue" element={<QueuePage session={session} />} />
        <Route
          path="cases/:id"
          element={
            <Suspense fallback={<PageLoader label="Opening the case…" />}>
              <CasePage />
            </Suspense>
          }
        />
        <Route
          path="help-requests"
          element={
            <Suspense fallback={<PageLoader />}>
              <HelpRequestsPage />
            </Suspense>
          }
        />
        <Route
          path="approvals"
          element={
            <Suspense fallback={<PageLoader />}>
              <ApprovalsPage />
            </Suspense>
          }
        />
        <Route
          path="notifications"
          element={
            <Suspense fallback={<PageLoader />}>
              <NotificationsPage />
            </Suspense>
          }
        />
        <Route path="settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to="/settings/coach" replace />} />
          <Route
            path="coach"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <CoachSettingsPage session={session} />
              </Suspense>
            }
          />
          <Route
            path="templates"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <TemplateSettingsPage session={session} />
              </Suspense>
            }
          />
          <Route
            path="risk"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <RiskSettingsPage session={session} />
              </Suspense>
            }
          />
          <Route
            path="workflow"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <WorkflowSettingsPage session={session} />
              </Suspense>
            }
          />
          <Route
            path="compensation"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <CompensationSettingsPage session={session} />
              </Suspense>
            }
          />
          <Route
            path="mailboxes"
            element={
              <Suspense fallback={<PageLoader label="Opening settings…" />}>
                <MailboxSettingsPage session={session} />
              </Suspense>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <PageLoader />;
  if (session.data) return <SignedInApp session={session.data} />;
  if (isApiError(session.error, 401)) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return (
    <Center mih="100vh" p="md">
      <Stack maw={480} w="100%">
        <ErrorAlert
          title="Mend can't start right now"
          error={session.error}
          onRetry={() => void session.refetch()}
        />
      </Stack>
    </Center>
  );
}

export function App() {
  useUnauthorizedRedirect();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/*" element={<RequireSession />} />
    </Routes>
  );
}
