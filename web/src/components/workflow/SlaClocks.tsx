import { Badge, Group, Stack, Text } from "@mantine/core";
import { absoluteTime, relativeTime } from "../../format";
import { type CaseWorkflow, clockColor, clockLabels, durationLabel, type SlaClock } from "../../workflow-api";

const stateLabels: Record<string, string> = {
  running: "On track",
  warning: "Due soon",
  breached: "Overdue",
  paused: "Paused",
  met: "Met",
};

function ClockRow({ name, clock, now }: { name: string; clock: SlaClock | null; now: number }) {
  if (!clock) return null;
  const color = clockColor(clock.state);
  const due = clock.dueAt;
  return (
    <Group
      gap="xs"
      justify="space-between"
      wrap="nowrap"
      data-testid={`sla-${name}`}
      data-state={clock.state}
    >
      <Text size="sm">{clockLabels[name] ?? name}</Text>
      <Group gap={6} wrap="nowrap">
        {due && clock.state !== "met" && clock.state !== "paused" && (
          <Text
            size="sm"
            fw={clock.state === "running" ? 400 : 600}
            c={clock.state === "running" ? undefined : color}
            title={absoluteTime(due)}
          >
            <time dateTime={due}>{relativeTime(due, now)}</time>
          </Text>
        )}
        <Badge size="sm" variant="light" color={color}>
          {stateLabels[clock.state] ?? clock.state}
        </Badge>
      </Group>
    </Group>
  );
}

export function SlaClocks({ workflow, now }: { workflow: CaseWorkflow; now: number }) {
  const { sla } = workflow;
  const clocks = Object.entries(sla.clocks) as [string, SlaClock | null][];
  const anyClock = clocks.some(([, clock]) => clock);
  return (
    <Stack gap={6} data-testid="sla-clocks">
      {sla.paused && (
        <Text size="sm" c="dimmed">
          Paused while we wait on the customer.
        </Text>
      )}
      {!anyClock && (
        <Text size="sm" c="dimmed">
          No clocks are running.
        </Text>
      )}
      {clocks.map(([name, clock]) => (
        <ClockRow key={name} name={name} clock={clock} now={now} />
      ))}
      {sla.outcomes.map((outcome) => (
        <Text key={outcome.clock} size="xs" c="dimmed">
          {clockLabels[outcome.clock] ?? outcome.clock}: {outcome.hit ? "hit" : "missed"} —{" "}
          {durationLabel(outcome.actualMinutes)} of {durationLabel(outcome.targetMinutes)}
        </Text>
      ))}
      {sla.alerts.map((alert) => (
        <Text key={`${alert.clock}-${alert.kind}`} size="xs" c={alert.kind === "breach" ? "red" : "orange"}>
          {alert.kind === "warning" ? "Warning" : "Breach alert"} sent for{" "}
          {(clockLabels[alert.clock] ?? alert.clock).toLowerCase()}{" "}
          <time dateTime={alert.firedAt}>{relativeTime(alert.firedAt, now)}</time>
        </Text>
      ))}
    </Stack>
  );
}
