import { Group, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import type { CasePriority, Channel } from "../../api-types";
import { channelLabels, labelOf, priorityLabels } from "../../format";
import { durationLabel, type WorkflowSettings } from "../../workflow-api";

const priorities: CasePriority[] = ["critical", "high", "normal", "low"];
// A business day is 8 open hours, so business targets read in those days.
const businessDay = 480;

export function SlaTargetsTable({ settings }: { settings: WorkflowSettings }) {
  const [priority, setPriority] = useState<CasePriority>("normal");
  const targets = settings.sla.policy.targets;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          Targets for each channel, in open hours of its calendar.
        </Text>
        <SegmentedControl
          size="xs"
          aria-label="Priority"
          data={priorities.map((value) => ({ value, label: priorityLabels[value] }))}
          value={priority}
          onChange={(value) => setPriority(value as CasePriority)}
        />
      </Group>
      <Table striped withTableBorder data-testid="sla-targets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Channel</Table.Th>
            <Table.Th>First response</Table.Th>
            <Table.Th>Updates every</Table.Th>
            <Table.Th>Resolution</Table.Th>
            <Table.Th>Hours</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(Object.keys(targets) as Channel[]).map((channel) => {
            const target = targets[channel]?.[priority];
            if (!target) return null;
            const day = target.calendar === "business" ? businessDay : 1440;
            return (
              <Table.Tr key={channel}>
                <Table.Td>{labelOf(channelLabels, channel)}</Table.Td>
                <Table.Td>{durationLabel(target.firstResponseMinutes, day)}</Table.Td>
                <Table.Td>{durationLabel(target.updateEveryMinutes, day)}</Table.Td>
                <Table.Td>{durationLabel(target.resolutionMinutes, day)}</Table.Td>
                <Table.Td>{target.calendar === "business" ? "Business hours" : "Around the clock"}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
