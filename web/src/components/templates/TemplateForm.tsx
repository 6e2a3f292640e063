import { Button, Code, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf, isApiError } from "../../api";
import type { ReplyStage } from "../../api-types";
import { stageOptions } from "../../coach";
import type { ReplyTemplate, ReplyTemplateBody } from "../../template-api";
import { ErrorAlert } from "../PageStates";

const anyStage = "any";
const formFields = new Set(["name", "body", "stage"]);

// The server's reasons are written to follow the field's name ("is required"); here they stand alone.
function sentence(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  const text = /^is |^must /.test(reason) ? `This ${reason}` : reason;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;
}

export function TemplateForm({
  template,
  knownVariables,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  /** null while writing a new template. */
  template: ReplyTemplate | null;
  knownVariables: string[];
  pending: boolean;
  error: unknown;
  onSubmit: (body: ReplyTemplateBody) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(template?.name ?? "");
  const [body, setBody] = useState(template?.body ?? "");
  const [stage, setStage] = useState<string>(template?.stage ?? anyStage);
  const serverErrors = fieldErrorsOf(error);
  // Field problems sit next to their field; anything else (a network failure, the library being full) above the buttons.
  const otherError =
    Boolean(error) &&
    !(isApiError(error) && Object.keys(serverErrors).some((field) => formFields.has(field)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ name, body, stage: stage === anyStage ? null : (stage as ReplyStage) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          description="How agents find it in the composer, e.g. “Late delivery: apologise and fix”."
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={sentence(serverErrors.name)}
          maxLength={120}
          required
          data-autofocus
        />
        <Select
          label="Stage"
          description="The point in the recovery it is written for."
          data={[{ value: anyStage, label: "Any stage" }, ...stageOptions]}
          value={stage}
          allowDeselect={false}
          onChange={(value) => setStage(value ?? anyStage)}
          error={sentence(serverErrors.stage)}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label="Text"
          description={
            <Text span size="xs">
              Mend fills{" "}
              {knownVariables.map((variable) => (
                <Code key={variable}>{`{{${variable}}}`}</Code>
              ))}{" "}
              from the case. Put what only the agent can know in [CAPITALS IN BRACKETS]: the coach stops the
              reply until it is written.
            </Text>
          }
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={sentence(serverErrors.body)}
          autosize
          minRows={8}
          maxRows={20}
          required
        />
        {otherError && <ErrorAlert title="The template wasn't saved" error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {template ? "Save changes" : "Save template"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
