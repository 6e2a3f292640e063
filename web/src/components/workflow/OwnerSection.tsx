import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { api, unwrap } from "../../api";
import type { BodyOf } from "../../api-types";
import { absoluteTime, relativeTime } from "../../format";
import { type CaseWorkflow, useUsers, useWorkflowAction } from "../../workflow-api";
import { ActionError } from "./ProblemList";

// Mantine's Select treats an empty value as "nothing chosen", so "Unassigned" gets a real value.
const unassigned = "__unassigned__";

const reasonLabels: Record<string, string> = {
  manual: "assigned by hand",
  specialist: "difficult customer, to a specialist",
  "specialist-queue": "difficult customer, waiting for a specialist",
  load: "least busy colleague",
  queue: "waiting in the queue",
};

function reasonLabel(reason: string): string {
  if (reason.startsWith("rule:")) return `routing rule “${reason.slice(5)}”`;
  return reasonLabels[reason] ?? reason;
}

function AssignmentHistory({ workflow, now }: { workflow: CaseWorkflow; now: number }) {
  if (workflow.assignments.length === 0) return null;
  return (
    <Stack gap={2} component="ol" p={0} m={0} style={{ listStyle: "none" }} data-testid="assignment-history">
      {[...workflow.assignments].reverse().map((entry) => (
        <Text key={`${entry.at}-${entry.to?.id ?? "none"}`} size="xs" c="dimmed" component="li">
          <time dateTime={entry.at} title={absoluteTime(entry.at)}>
            {relativeTime(entry.at, now)}
          </time>
          {": "}
          {entry.from || entry.to
            ? `${entry.from?.name ?? "Unassigned"} → ${entry.to?.name ?? "Unassigned"}`
            : "Put in a queue"}
          {entry.queue ? ` (${entry.queue})` : ""} · {reasonLabel(entry.reason)}
        </Text>
      ))}
    </Stack>
  );
}

function DifficultFlag({ workflow }: { workflow: CaseWorkflow }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const flag = useWorkflowAction(workflow.caseId, (path, body: BodyOf<"flagCaseDifficult">) =>
    unwrap(api.POST("/api/v1/cases/{id}/difficult", { params: { path }, body })),
  );

  if (workflow.difficult) {
    return (
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">
          Difficult customer{workflow.difficultReason ? `: ${workflow.difficultReason}` : ""}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          loading={flag.isPending}
          onClick={() => flag.mutate({ difficult: false })}
        >
          Clear
        </Button>
      </Group>
    );
  }
  if (!asking) {
    return (
      <Button size="xs" variant="default" onClick={() => setAsking(true)}>
        Mark as difficult
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <TextInput
        label="Why is this customer difficult?"
        description="The case goes to a specialist."
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <ActionError error={flag.error} />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={() => setAsking(false)}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={!reason.trim()}
          loading={flag.isPending}
          onClick={() =>
            flag.mutate({ difficult: true, reason: reason.trim() }, { onSuccess: () => setAsking(false) })
          }
        >
          Mark as difficult
        </Button>
      </Group>
    </Stack>
  );
}

export function OwnerSection({ workflow, now }: { workflow: CaseWorkflow; now: number }) {
  const users = useUsers();
  const current = workflow.owner?.id ?? unassigned;
  const [choice, setChoice] = useState<string | null>(null);
  const assign = useWorkflowAction(workflow.caseId, (path, body: BodyOf<"assignCase">) =>
    unwrap(api.POST("/api/v1/cases/{id}/assign", { params: { path }, body })),
  );
  const options = [
    { value: unassigned, label: "Unassigned" },
    ...(users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name })),
  ];
  const target = choice ?? current;

  return (
    <Stack gap="sm" data-testid="workflow-owner">
      <Text size="sm">
        {workflow.owner ? workflow.owner.name : "Nobody yet"}
        <Text span size="sm" c="dimmed">
          {workflow.queue ? ` · ${workflow.queue} queue` : ""}
        </Text>
      </Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label="Assign to…"
          data={options}
          value={target}
          onChange={setChoice}
          searchable
          style={{ flex: 1 }}
          error={users.isError ? "The team list didn't load." : null}
        />
        <Button
          size="sm"
          variant="default"
          disabled={target === current}
          loading={assign.isPending}
          onClick={() =>
            assign.mutate(
              { userId: target === unassigned ? null : target },
              { onSuccess: () => setChoice(null) },
            )
          }
        >
          Assign
        </Button>
      </Group>
      <ActionError error={assign.error} title="The case wasn't reassigned" />
      <AssignmentHistory workflow={workflow} now={now} />
      <DifficultFlag workflow={workflow} />
    </Stack>
  );
}
