import { Badge, Group, List, Stack, Text } from "@mantine/core";
import type { ConversationLog } from "../../api-types";

function holdLabel(seconds: number): string {
  if (seconds < 60) return `${seconds} s on hold`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} min on hold`;
}

// A logged call or visit on the timeline: the concerns as noted, the read-back and the next step.
export function ConversationNotes({ log }: { log: ConversationLog }) {
  return (
    <Stack gap={6} mt={6} data-testid="conversation-notes">
      <Text size="xs" c="dimmed">
        {log.kind === "phone" ? "Call" : "Visit"} logged by {log.loggedBy.name}
        {log.holdSeconds ? ` · ${holdLabel(log.holdSeconds)}` : ""}
      </Text>
      <List size="sm" spacing={2} data-testid="conversation-concerns">
        {log.concerns.map((concern, index) => (
          // Concerns may repeat; their order is what the agent noted.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <List.Item key={index}>{concern}</List.Item>
        ))}
      </List>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Badge
          size="xs"
          variant="light"
          color={log.readBack.confirmed ? "mend" : "gray"}
          data-testid="conversation-read-back-state"
          style={{ flex: "none" }}
        >
          {log.readBack.confirmed ? "Read back and confirmed" : "Not confirmed"}
        </Badge>
        <Text size="sm" fs="italic" style={{ overflowWrap: "anywhere" }}>
          {log.readBack.summary}
        </Text>
      </Group>
      {log.nextStep && (
        <Text size="sm">
          <Text span fw={600}>
            Next step:
          </Text>{" "}
          {log.nextStep}
        </Text>
      )}
    </Stack>
  );
}
