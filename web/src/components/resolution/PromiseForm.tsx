import { Button, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { type PromiseKind, promiseKindLabels, useRecordPromise } from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";

// datetime-local speaks the browser's local time without a zone.
function toLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function PromiseForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [kind, setKind] = useState<PromiseKind>("update_by");
  const [text, setText] = useState("");
  const [due, setDue] = useState(() => toLocalInput(new Date(Date.now() + 24 * 3_600_000)));
  const record = useRecordPromise(caseId);
  return (
    <Stack gap="xs" data-testid="promise-form">
      <Select
        label="Kind"
        size="xs"
        data={Object.entries(promiseKindLabels).map(([value, label]) => ({ value, label }))}
        value={kind}
        onChange={(next) => next && setKind(next as PromiseKind)}
        allowDeselect={false}
      />
      <Textarea
        label="What we promised, as the customer read it"
        size="xs"
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <TextInput
        label="Due"
        size="xs"
        type="datetime-local"
        value={due}
        onChange={(event) => setDue(event.currentTarget.value)}
      />
      <ActionError error={record.error} title="The promise wasn't saved" />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={!text.trim() || !due}
          loading={record.isPending}
          onClick={() =>
            record.mutate(
              { kind, text: text.trim(), dueAt: new Date(due).toISOString() },
              { onSuccess: onDone },
            )
          }
        >
          Save promise
        </Button>
      </Group>
    </Stack>
  );
}
