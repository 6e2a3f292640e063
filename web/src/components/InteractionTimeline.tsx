import { Badge, Group, Stack, Text, Timeline, Tooltip } from "@mantine/core";
import type { Interaction, InteractionDirection } from "../api-types";
import { scoreColor } from "../coach";
import { absoluteTime, directionLabels, labelOf, relativeTime } from "../format";
import { readAnalysis } from "../triage";
import { useNow } from "../use-now";
import { ChannelBadge } from "./CaseBadges";
import { ConversationNotes } from "./conversations/ConversationNotes";
import { EmailExtrasView } from "./EmailExtrasView";
import { HighlightedMessage } from "./HighlightedMessage";
import { MessageAnalysis } from "./MessageAnalysis";

const bulletColors: Record<InteractionDirection, string> = {
  inbound: "clay",
  outbound: "mend",
  note: "yellow",
};

function byTime(a: Interaction, b: Interaction): number {
  return new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime();
}

function InteractionBody({ interaction }: { interaction: Interaction }) {
  const isNote = interaction.direction === "note";
  const analysis = readAnalysis(interaction.analysis);
  return (
    <Text
      size="sm"
      mt={6}
      p={isNote ? "sm" : 0}
      bg={isNote ? "yellow.0" : undefined}
      style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", borderRadius: "var(--mantine-radius-sm)" }}
    >
      {analysis && interaction.text ? (
        <HighlightedMessage text={interaction.text} analysis={analysis} />
      ) : (
        interaction.text || (
          <Text span c="dimmed" fs="italic">
            No text
          </Text>
        )
      )}
    </Text>
  );
}

// What the coach said about a sent reply, and whether it reached the customer.
function ReplyFacts({ interaction }: { interaction: Interaction }) {
  const { coachScore, coachOverride, deliveryStatus, deliveryError } = interaction;
  if (coachScore === null && !coachOverride && !deliveryStatus && !deliveryError) return null;
  return (
    <Stack gap={4} mt={6}>
      <Group gap="xs" wrap="wrap">
        {coachScore !== null && (
          <Badge size="xs" variant="light" color={scoreColor(coachScore)} data-testid="reply-coach-score">
            Coach score {coachScore}
          </Badge>
        )}
        {coachOverride && (
          <Badge size="xs" variant="outline" color="red" data-testid="coach-overridden">
            Coach overridden
          </Badge>
        )}
        {deliveryStatus === "pending" && !deliveryError && (
          <Text size="xs" c="dimmed" data-testid="delivery-pending">
            Not delivered yet
          </Text>
        )}
      </Group>
      {coachOverride && (
        <Text size="xs" c="dimmed" data-testid="coach-override-reason" style={{ overflowWrap: "anywhere" }}>
          {coachOverride.name} sent this past the coach's blockers
          {coachOverride.blockers.length > 0 ? ` (${coachOverride.blockers.join(", ")})` : ""}: “
          {coachOverride.reason}”
        </Text>
      )}
      {deliveryError && (
        <Text size="xs" c="red.8">
          Not delivered: {deliveryError}
        </Text>
      )}
    </Stack>
  );
}

function InboundAnalysis({ caseId, interaction }: { caseId: string; interaction: Interaction }) {
  const analysis = interaction.direction === "inbound" ? readAnalysis(interaction.analysis) : null;
  if (!analysis) return null;
  return <MessageAnalysis caseId={caseId} interactionId={interaction.id} analysis={analysis} />;
}

export function InteractionTimeline({
  caseId,
  interactions,
}: {
  caseId: string;
  interactions: Interaction[];
}) {
  const now = useNow();
  if (interactions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing has been said on this case yet.
      </Text>
    );
  }
  const ordered = [...interactions].sort(byTime);
  // Every item is "active" so Mantine paints each bullet in its direction's colour.

  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={ordered.length - 1}
      color="gray.4"
      data-testid="interaction-timeline"
    >
      {ordered.map((interaction) => (
        <Timeline.Item
          key={interaction.id}
          color={bulletColors[interaction.direction] ?? "gray"}
          data-direction={interaction.direction}
          data-testid="interaction"
          title={
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {labelOf(directionLabels, interaction.direction)}
                {interaction.authorName ? ` · ${interaction.authorName}` : ""}
              </Text>
              <ChannelBadge channel={interaction.channel} />
              <Tooltip label={absoluteTime(interaction.occurredAt)}>
                <Text size="xs" c="dimmed">
                  <time dateTime={interaction.occurredAt}>{relativeTime(interaction.occurredAt, now)}</time>
                </Text>
              </Tooltip>
            </Group>
          }
        >
          {interaction.subject && (
            <Text size="sm" fw={500} mt={4}>
              {interaction.subject}
            </Text>
          )}
          {interaction.conversation ? (
            <ConversationNotes log={interaction.conversation} />
          ) : (
            <InteractionBody interaction={interaction} />
          )}
          {interaction.email && (
            <EmailExtrasView caseId={caseId} interactionId={interaction.id} email={interaction.email} />
          )}
          <InboundAnalysis caseId={caseId} interaction={interaction} />
          {interaction.direction === "outbound" && <ReplyFacts interaction={interaction} />}
          {interaction.direction === "note" && (
            <Badge size="xs" variant="light" color="yellow" mt={6}>
              Only your team sees this
            </Badge>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
