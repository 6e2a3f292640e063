import { Badge, Button, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { useState } from "react";
import { api, unwrap } from "../../api";
import { type CaseWorkflow, type PlaybookItem, useWorkflowAction } from "../../workflow-api";
import { PlaybookItemEditor } from "./PlaybookItemEditor";
import { ActionError } from "./ProblemList";
import { evidenceSummary } from "./playbook-fields";

function DoneMark({ done }: { done: boolean }) {
  return (
    <ThemeIcon
      size={18}
      radius="xl"
      variant={done ? "filled" : "outline"}
      color={done ? "teal" : "gray"}
      aria-label={done ? "Done" : "Not done"}
      role="img"
    >
      <Text size="xs" fw={700} lh={1}>
        {done ? "✓" : ""}
      </Text>
    </ThemeIcon>
  );
}

function ChecklistItem({
  workflow,
  item,
  required,
}: {
  workflow: CaseWorkflow;
  item: PlaybookItem;
  required: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const confirm = useWorkflowAction(workflow.caseId, ({ id }, _: undefined) =>
    unwrap(
      api.PUT("/api/v1/cases/{id}/playbook/{item}", {
        params: { path: { id, item: item.key } },
        body: { done: true, evidence: item.evidence ?? {} },
      }),
    ),
  );
  const suggested = item.done && item.source === "mend";
  const summary = evidenceSummary(item.evidence);

  return (
    <Stack gap={4} component="li" data-testid={`playbook-${item.key}`} data-done={item.done}>
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <DoneMark done={item.done} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500}>
              {item.label}
              {required && !item.done && (
                <Text span size="xs" c="dimmed">
                  {" "}
                  · needed
                </Text>
              )}
            </Text>
            {summary && (
              <Text size="xs" c="dimmed" lineClamp={3} style={{ overflowWrap: "anywhere" }}>
                {summary}
              </Text>
            )}
            {suggested && (
              <Badge size="xs" variant="light" color="grape">
                Suggested by Mend — confirm
              </Badge>
            )}
            {item.done && item.source === "agent" && item.key !== "root_cause" && (
              <Text size="xs" c="dimmed">
                Recorded by an agent
              </Text>
            )}
          </Stack>
        </Group>
        {item.key !== "root_cause" && !editing && (
          <Group gap={4} wrap="nowrap">
            {suggested && (
              <Button
                size="compact-xs"
                variant="light"
                loading={confirm.isPending}
                onClick={() => confirm.mutate()}
              >
                Confirm
              </Button>
            )}
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              {item.done ? "Edit" : "Record"}
            </Button>
          </Group>
        )}
      </Group>
      {item.key === "root_cause" && !item.done && (
        <Text size="xs" c="dimmed" pl={26}>
          Record it under Root cause below.
        </Text>
      )}
      <ActionError error={confirm.error} />
      {editing && <PlaybookItemEditor workflow={workflow} item={item} onDone={() => setEditing(false)} />}
    </Stack>
  );
}

export function PlaybookChecklist({
  workflow,
  requiredKeys,
}: {
  workflow: CaseWorkflow;
  requiredKeys: ReadonlySet<string>;
}) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} data-testid="playbook">
      {workflow.playbook.map((item) => (
        <ChecklistItem key={item.key} workflow={workflow} item={item} required={requiredKeys.has(item.key)} />
      ))}
    </Stack>
  );
}
