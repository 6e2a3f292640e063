import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buildReadBack } from "../../../../src/shared/build-read-back";
import { api, isApiError, unwrap } from "../../api";
import type { BodyOf } from "../../api-types";

export type ConversationKind = "phone" | "visit";

type LogRequest = BodyOf<"logCall">;

// Notes taken while the customer talks (R5): concerns one at a time, then the read-back Mend
// drafts from them, which the agent may edit before reading it out and ticking it confirmed.
export function LogConversationForm({
  caseId,
  kind,
  onDone,
}: {
  caseId: string;
  kind: ConversationKind;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [concern, setConcern] = useState("");
  const [concerns, setConcerns] = useState<string[]>([]);
  const [holdMinutes, setHoldMinutes] = useState<number | string>("");
  const [summary, setSummary] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [nextStep, setNextStep] = useState("");
  const readBack = summary ?? buildReadBack(concerns);

  const save = useMutation({
    mutationFn: ({ holdSeconds, ...request }: LogRequest) => {
      const params = { path: { id: caseId } };
      return unwrap(
        kind === "phone"
          ? api.POST("/api/v1/cases/{id}/calls", { params, body: { ...request, holdSeconds } })
          : api.POST("/api/v1/cases/{id}/visits", { params, body: request }),
      );
    },
    onSuccess: () => {
      notifications.show({ message: kind === "phone" ? "Call logged" : "Visit logged", color: "mend" });
      void queryClient.invalidateQueries({ queryKey: ["case", caseId] });
      void queryClient.invalidateQueries({ queryKey: ["cases"] });
      onDone();
    },
  });
  const fieldError = (field: string) =>
    isApiError(save.error) ? save.error.details.find((d) => d.field === field)?.reason : undefined;

  const addConcern = () => {
    const text = concern.trim();
    if (!text) return;
    setConcerns([...concerns, text]);
    setConcern("");
  };
  const removeConcern = (index: number) => setConcerns(concerns.filter((_, i) => i !== index));

  const submit = () => {
    const pending = concern.trim();
    const all = pending ? [...concerns, pending] : concerns;
    save.mutate({
      concerns: all,
      ...(kind === "phone" && holdMinutes !== ""
        ? { holdSeconds: Math.round(Number(holdMinutes) * 60) }
        : {}),
      readBack: { summary: summary ?? buildReadBack(all), confirmed },
      ...(nextStep.trim() ? { nextStep: nextStep.trim() } : {}),
    });
  };

  return (
    <Stack gap="md" data-testid="log-conversation-form">
      <Stack gap={6}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Concern"
            description="Note each concern as the customer says it; press Enter to add the next one."
            placeholder="What is the customer telling you?"
            value={concern}
            onChange={(event) => setConcern(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addConcern();
              }
            }}
            error={fieldError("concerns")}
            style={{ flex: 1 }}
            maxLength={1000}
          />
          <Button variant="default" onClick={addConcern} disabled={!concern.trim()}>
            Add
          </Button>
        </Group>
        {concerns.length > 0 && (
          <List size="sm" spacing={4} data-testid="noted-concerns">
            {concerns.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: concerns may repeat; their order is the key
              <List.Item key={index}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {item}
                  </Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove “${item}”`}
                    onClick={() => removeConcern(index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {kind === "phone" && (
        <NumberInput
          label="Time on hold (minutes)"
          min={0}
          max={1440}
          decimalScale={1}
          w={220}
          value={holdMinutes}
          onChange={setHoldMinutes}
          error={fieldError("holdSeconds")}
        />
      )}
      <Textarea
        label="Read-back summary"
        description="Mend drafts this from the concerns; adjust it, then read it to the customer."
        autosize
        minRows={3}
        value={readBack}
        onChange={(event) => setSummary(event.currentTarget.value)}
        error={fieldError("readBack.summary")}
        maxLength={5000}
      />
      {summary !== null && (
        <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setSummary(null)}>
          Draft again from the concerns
        </Button>
      )}
      <Checkbox
        label="Read back and confirmed by the customer"
        checked={confirmed}
        onChange={(event) => setConfirmed(event.currentTarget.checked)}
      />
      <Textarea
        label="Agreed next step"
        placeholder="What happens next, and when"
        autosize
        minRows={2}
        value={nextStep}
        onChange={(event) => setNextStep(event.currentTarget.value)}
        error={fieldError("nextStep")}
        maxLength={2000}
      />
      {save.isError && !fieldError("concerns") && (
        <Alert color="red" variant="light">
          {save.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending} disabled={concerns.length === 0 && !concern.trim()}>
          {kind === "phone" ? "Save call" : "Save visit"}
        </Button>
      </Group>
    </Stack>
  );
}
