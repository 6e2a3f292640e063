import { Badge, Group, Text, Tooltip } from "@mantine/core";
import type { CasePriority, CaseStatus } from "../api-types";
import {
  channelColors,
  channelLabels,
  colorOf,
  labelOf,
  priorityColors,
  priorityLabels,
  riskColor,
  riskPercent,
  statusColors,
  statusLabels,
} from "../format";

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge variant="light" color={colorOf(statusColors, status)}>
      {labelOf(statusLabels, status)}
    </Badge>
  );
}

// The server answers with the channel a message came in on, which may be newer than this app's labels.
export function ChannelBadge({ channel }: { channel: string }) {
  return (
    <Badge variant="outline" color={colorOf(channelColors, channel)}>
      {labelOf(channelLabels, channel)}
    </Badge>
  );
}

export function PriorityMark({ priority }: { priority: CasePriority }) {
  const color = colorOf(priorityColors, priority);
  return (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{
          width: 10,
          height: 10,
          borderRadius: "50%",
          flex: "none",
          background: `var(--mantine-color-${color}-6)`,
        }}
      />
      <Text size="sm" fw={priority === "critical" || priority === "high" ? 600 : 400} c={`${color}.8`}>
        {labelOf(priorityLabels, priority)}
      </Text>
    </Group>
  );
}

export function RiskBadge({ score }: { score: number | null }) {
  if (score === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Tooltip label="How likely this customer is to leave if we get this wrong">
      <Badge variant="filled" color={riskColor(score)} aria-label={`Risk ${riskPercent(score)} of 100`}>
        {riskPercent(score)}
      </Badge>
    </Tooltip>
  );
}
