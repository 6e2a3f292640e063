import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api, isApiError, unwrap } from "../api";
import { ChannelBadge, PriorityMark, RiskBadge, StatusBadge } from "../components/CaseBadges";
import { CaseSidebar } from "../components/CaseSidebar";
import { LogConversationButtons } from "../components/conversations/LogConversationButtons";
import { InteractionTimeline } from "../components/InteractionTimeline";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { ReplyComposer } from "../components/ReplyComposer";
import { ResolutionPanel } from "../components/resolution/ResolutionPanel";
import { WorkflowPanel } from "../components/workflow/WorkflowPanel";
import { absoluteTime, customerName, relativeTime } from "../format";
import { useNow } from "../use-now";

function BackToQueue() {
  return (
    <Anchor component={Link} to="/" size="sm">
      ← Back to the queue
    </Anchor>
  );
}

// The difficult flag lives with the case's workflow, not in its summary.
function DifficultBadge({ caseId }: { caseId: string }) {
  const workflow = useQuery({
    queryKey: ["case", caseId, "workflow"],
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/cases/{id}/workflow", { params: { path: { id: caseId } }, signal })),
  });
  if (!workflow.data?.difficult) return null;
  return (
    <Tooltip label={workflow.data.difficultReason || "Flagged for the specialist pool"} multiline w={280}>
      <Badge variant="filled" color="grape" data-testid="case-difficult" tabIndex={0}>
        Difficult
      </Badge>
    </Tooltip>
  );
}

export function CasePage() {
  const { id = "" } = useParams();
  const now = useNow();
  const detail = useQuery({
    queryKey: ["case", id],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/cases/{id}", { params: { path: { id } }, signal })),
  });

  if (detail.isPending) return <PageLoader label="Opening the case…" />;
  if (detail.isError) {
    const notFound = isApiError(detail.error, 404);
    return (
      <Stack gap="md" maw={720}>
        <BackToQueue />
        <ErrorAlert
          title={notFound ? "We couldn't find that case" : "The case didn't load"}
          error={notFound ? new Error("It may have been merged, or the link may be wrong.") : detail.error}
          onRetry={notFound ? undefined : () => void detail.refetch()}
        />
      </Stack>
    );
  }

  const { case: summary, interactions, customer, otherCases } = detail.data;
  const title = summary.subject?.trim() || summary.preview || "No subject";

  return (
    <Stack gap="lg" maw={1400}>
      <BackToQueue />
      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }} data-testid="case-header">
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap" align="baseline">
            <Text fw={700} c="dimmed" size="lg" style={{ flex: "none" }}>
              #{summary.number}
            </Text>
            <Title order={1} size="h3" style={{ overflowWrap: "anywhere" }}>
              {title}
            </Title>
          </Group>
          <Group gap="md" wrap="wrap">
            <StatusBadge status={summary.status} />
            <PriorityMark priority={summary.priority} />
            <ChannelBadge channel={summary.channel} />
            {summary.riskScore !== null && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  Risk
                </Text>
                <RiskBadge score={summary.riskScore} />
              </Group>
            )}
            <DifficultBadge caseId={summary.id} />
            {summary.interactionCount > 0 && (
              <Badge variant="default">
                {summary.interactionCount === 1 ? "1 message" : `${summary.interactionCount} messages`}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            <Text span fw={600} c="var(--mantine-color-text)">
              {customerName(customer.name)}
            </Text>
            {" · "}
            {summary.owner ? `Looked after by ${summary.owner.name}` : "Not assigned yet"}
            {" · "}
            Opened <time dateTime={summary.openedAt}>{absoluteTime(summary.openedAt)}</time>
            {" · "}
            Last activity {relativeTime(summary.lastActivityAt, now)}
          </Text>
        </Stack>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
            <Group justify="space-between" mb="md">
              <Title order={2} size="h4">
                Conversation
              </Title>
              <LogConversationButtons caseId={summary.id} />
            </Group>
            <InteractionTimeline caseId={summary.id} interactions={interactions} />
          </Paper>
          <Paper withBorder p="lg" mt="lg" style={{ borderColor: "var(--mend-border)" }}>
            <ReplyComposer
              key={summary.id}
              caseId={summary.id}
              caseChannel={summary.channel}
              interactions={interactions}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ResolutionPanel caseId={summary.id} />
          <WorkflowPanel caseId={summary.id} />
          <CaseSidebar customer={customer} otherCases={otherCases} now={now} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
