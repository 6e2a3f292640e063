import { Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { absoluteTime, relativeTime } from "../../format";
import { type CasePromise, promiseKindLabels, useCancelPromise, useKeepPromise } from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";

const stateColors: Record<CasePromise["state"], string> = {
  open: "mend",
  kept: "teal",
  broken: "red",
  cancelled: "gray",
};
const stateLabels: Record<CasePromise["state"], string> = {
  open: "Open",
  kept: "Kept",
  broken: "Broken",
  cancelled: "Cancelled",
};

function CloseForm({
  caseId,
  promise,
  mode,
  onDone,
}: {
  caseId: string;
  promise: CasePromise;
  mode: "keep" | "cancel";
  onDone: () => void;
}) {
  const [value, setValue] = useState("");
  const keep = useKeepPromise(caseId);
  const cancel = useCancelPromise(caseId);
  const action = mode === "keep" ? keep : cancel;
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          size="xs"
          label={mode === "keep" ? "Evidence (what shows it was done)" : "Why it no longer applies"}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          style={{ flex: 1 }}
          data-autofocus
        />
        <Button
          size="xs"
          disabled={!value.trim()}
          loading={action.isPending}
          onClick={() =>
            mode === "keep"
              ? keep.mutate({ id: promise.id, evidence: { note: value.trim() } }, { onSuccess: onDone })
              : cancel.mutate({ id: promise.id, reason: value.trim() }, { onSuccess: onDone })
          }
        >
          Save
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Back
        </Button>
      </Group>
      <ActionError error={action.error} title="Not saved" />
    </Stack>
  );
}

function PromiseCard({ caseId, promise, now }: { caseId: string; promise: CasePromise; now: number }) {
  const [mode, setMode] = useState<"keep" | "cancel" | null>(null);
  const overdue = promise.state === "open" && new Date(promise.dueAt).getTime() <= now;
  return (
    <Paper
      withBorder
      p="xs"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="promise"
      data-state={promise.state}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {promiseKindLabels[promise.kind]} · {promise.owner?.name ?? "no owner"}
          </Text>
          <Badge size="sm" variant="light" color={stateColors[promise.state]}>
            {stateLabels[promise.state]}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {promise.text}
        </Text>
        <Text size="xs" c={overdue || promise.state === "broken" ? "red" : "dimmed"} fw={overdue ? 600 : 400}>
          {promise.state === "open" ? (overdue ? "Was due " : "Due ") : "Was due "}
          <time dateTime={promise.dueAt} title={absoluteTime(promise.dueAt)}>
            {promise.state === "open" ? relativeTime(promise.dueAt, now) : absoluteTime(promise.dueAt)}
          </time>
        </Text>
        {promise.evidence && (
          <Text size="xs" c="dimmed">
            Evidence: {Object.values(promise.evidence).join(" · ")}
          </Text>
        )}
        {promise.cancelReason && (
          <Text size="xs" c="dimmed">
            Cancelled: {promise.cancelReason}
          </Text>
        )}
        {promise.state === "open" && !mode && (
          <Group gap="xs" justify="flex-end">
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setMode("cancel")}>
              Cancel promise
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => setMode("keep")}>
              Mark kept
            </Button>
          </Group>
        )}
        {mode && <CloseForm caseId={caseId} promise={promise} mode={mode} onDone={() => setMode(null)} />}
      </Stack>
    </Paper>
  );
}

export function PromiseList({
  caseId,
  promises,
  now,
}: {
  caseId: string;
  promises: CasePromise[];
  now: number;
}) {
  if (promises.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No promises registered. Register each one you make, so it is tracked to the end.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="promise-list">
      {promises.map((promise) => (
        <PromiseCard key={promise.id} caseId={caseId} promise={promise} now={now} />
      ))}
    </Stack>
  );
}
