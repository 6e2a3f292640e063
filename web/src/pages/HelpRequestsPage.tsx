import { Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { HelpRequestCard } from "../components/workflow/HelpRequestCard";
import { useHelpRequests } from "../components/workflow/HelpRequestsNavLink";
import { useNow } from "../use-now";
import { useUsers } from "../workflow-api";

function RequestList({
  scope,
  title,
  empty,
  testId,
}: {
  scope: "me" | "mine";
  title: string;
  empty: string;
  testId: string;
}) {
  const now = useNow();
  const requests = useHelpRequests(scope);
  const users = useUsers();
  const userNames = useMemo(
    () => new Map((users.data?.items ?? []).map((user) => [user.id, user.name])),
    [users.data],
  );
  return (
    <Stack gap="sm" component="section" data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {requests.isPending && <PageLoader label="Loading requests…" />}
      {requests.isError && (
        <ErrorAlert
          title="The requests didn't load"
          error={requests.error}
          onRetry={() => void requests.refetch()}
        />
      )}
      {requests.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {requests.data?.items.map((request) => (
        <HelpRequestCard
          key={request.id}
          request={request}
          now={now}
          userNames={userNames}
          showCase
          canAnswer={scope === "me"}
        />
      ))}
    </Stack>
  );
}

export function HelpRequestsPage() {
  return (
    <Stack gap="xl" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Help requests
        </Title>
        <Text c="dimmed" size="sm">
          A colleague is waiting on each of these, so they come before normal work. The most urgent are first.
        </Text>
      </Stack>
      <RequestList
        scope="me"
        title="Asked of you"
        empty="Nobody is waiting on you right now."
        testId="help-requests-for-me"
      />
      <RequestList
        scope="mine"
        title="You asked"
        empty="You haven't asked for help on any case."
        testId="help-requests-mine"
      />
    </Stack>
  );
}
