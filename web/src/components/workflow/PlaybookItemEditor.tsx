import {
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { api, unwrap } from "../../api";
import type { BodyOf } from "../../api-types";
import type { CaseWorkflow, PlaybookItem } from "../../workflow-api";
import { useWorkflowAction } from "../../workflow-api";
import { ActionError } from "./ProblemList";
import {
  type Draft,
  draftFrom,
  type EvidenceField,
  evidenceFields,
  evidenceFrom,
  missingRequired,
} from "./playbook-fields";

function FieldInput({
  field,
  value,
  onChange,
}: {
  field: EvidenceField;
  value: string | boolean;
  onChange: (value: string | boolean) => void;
}) {
  const text = typeof value === "string" ? value : "";
  const label = field.required ? field.label : `${field.label} (optional)`;
  switch (field.kind) {
    case "checkbox":
      return (
        <Checkbox
          label={field.label}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case "choice":
      return field.options && field.options.length <= 3 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <SegmentedControl
            size="xs"
            data={field.options}
            value={text}
            onChange={onChange}
            aria-label={field.label}
          />
        </Stack>
      ) : (
        <Select label={label} data={field.options} value={text || null} onChange={(v) => onChange(v ?? "")} />
      );
    case "datetime":
      return (
        <TextInput
          type="datetime-local"
          label={label}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case "text":
      return (
        <TextInput label={label} value={text} onChange={(event) => onChange(event.currentTarget.value)} />
      );
    default:
      return (
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxLength={2000}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

export function PlaybookItemEditor({
  workflow,
  item,
  onDone,
}: {
  workflow: CaseWorkflow;
  item: PlaybookItem;
  onDone: () => void;
}) {
  const fields = evidenceFields[item.key as Exclude<typeof item.key, "root_cause">];
  const [draft, setDraft] = useState<Draft>(() => draftFrom(fields, item.evidence));
  const save = useWorkflowAction(workflow.caseId, ({ id }, body: BodyOf<"updatePlaybookItem">) =>
    unwrap(api.PUT("/api/v1/cases/{id}/playbook/{item}", { params: { path: { id, item: item.key } }, body })),
  );
  const incomplete = missingRequired(fields, draft);

  return (
    <Stack gap="xs" data-testid={`playbook-editor-${item.key}`}>
      {fields.map((field) => (
        <FieldInput
          key={field.name}
          field={field}
          value={draft[field.name] ?? ""}
          onChange={(value) => setDraft((current) => ({ ...current, [field.name]: value }))}
        />
      ))}
      <ActionError error={save.error} title="The item wasn't saved" />
      <Group gap="xs" justify="flex-end">
        {item.done && (
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            loading={save.isPending && save.variables?.done === false}
            onClick={() => save.mutate({ done: false }, { onSuccess: onDone })}
          >
            Mark as not done
          </Button>
        )}
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={incomplete}
          loading={save.isPending && save.variables?.done === true}
          onClick={() =>
            save.mutate({ done: true, evidence: evidenceFrom(fields, draft) }, { onSuccess: onDone })
          }
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}
