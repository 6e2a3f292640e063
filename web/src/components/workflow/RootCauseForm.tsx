import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { api, unwrap } from "../../api";
import type { BodyOf } from "../../api-types";
import {
  type CaseWorkflow,
  type Fault,
  faultLabels,
  useWorkflowAction,
  useWorkflowSettings,
} from "../../workflow-api";
import { ActionError } from "./ProblemList";

export function RootCauseForm({ workflow }: { workflow: CaseWorkflow }) {
  const settings = useWorkflowSettings();
  const saved = workflow.rootCause;
  const [key, setKey] = useState<string | null>(saved?.key ?? null);
  const [fault, setFault] = useState<string>(saved?.fault ?? "");
  const [note, setNote] = useState(saved?.note ?? "");
  const save = useWorkflowAction(workflow.caseId, (path, body: BodyOf<"recordRootCause">) =>
    unwrap(api.PUT("/api/v1/cases/{id}/root-cause", { params: { path }, body })),
  );
  const taxonomy = settings.data?.rootCauses ?? (saved ? [{ key: saved.key, label: saved.label }] : []);
  const noteNeeded = key === "other" && !note.trim();
  const changed =
    key !== (saved?.key ?? null) || fault !== (saved?.fault ?? "") || note !== (saved?.note ?? "");

  return (
    <Stack gap="xs" data-testid="root-cause">
      {saved && (
        <Text size="sm">
          {saved.label}
          <Text span c="dimmed" size="sm">
            {saved.fault ? ` · at fault: ${faultLabels[saved.fault as Fault] ?? saved.fault}` : ""}
          </Text>
        </Text>
      )}
      <Select
        label="What went wrong"
        placeholder={settings.isPending ? "Loading the causes…" : "Choose a cause"}
        data={taxonomy.map((entry) => ({ value: entry.key, label: entry.label }))}
        value={key}
        onChange={setKey}
        searchable
        error={settings.isError ? "The list of causes didn't load." : null}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="root-cause-fault">
          Were we at fault?
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="root-cause-fault"
          data={(["yes", "partly", "no"] as const).map((value) => ({ value, label: faultLabels[value] }))}
          value={fault}
          onChange={setFault}
        />
      </Stack>
      <Textarea
        label={key === "other" ? "Note" : "Note (optional)"}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={noteNeeded ? "Describe the cause when it is “other”." : null}
      />
      <ActionError error={save.error} title="The root cause wasn't saved" />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!key || !fault || noteNeeded || !changed}
          loading={save.isPending}
          onClick={() => key && save.mutate({ key, fault: fault as Fault, note: note.trim() || undefined })}
        >
          Save root cause
        </Button>
      </Group>
    </Stack>
  );
}
