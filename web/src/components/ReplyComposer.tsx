import { Alert, Button, Group, Select, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { type ApiErrorDetail, api, isApiError, unwrap } from "../api";
import type { BodyOf, CoachFinding, Interaction, ReplyStage } from "../api-types";
import { coachChannelFor, defaultStageFor, stageLabels, stageOptions, useCoachReport } from "../coach";
import { CoachPanel } from "./CoachPanel";
import { HighlightedDraft } from "./HighlightedDraft";
import { OverrideModal } from "./OverrideModal";
import { SmsSegmentCount } from "./SmsSegmentCount";
import { TemplatePicker } from "./TemplatePicker";

type ReplyRequest = BodyOf<"sendReply">;

function describeFinding(text: string, finding: CoachFinding): string {
  const words = text.slice(finding.start, finding.end).trim();
  return words ? `“${words}”: ${finding.message}` : finding.message;
}

// The server names each blocker as text[start:end] and "ruleId: message".
function describeServerBlocker(text: string, detail: ApiErrorDetail): string {
  const span = /^text\[(\d+):(\d+)\]$/.exec(detail.field);
  const message = detail.reason.replace(/^[\w-]+:\s*/, "");
  const words = span ? text.slice(Number(span[1]), Number(span[2])).trim() : "";
  return words ? `“${words}”: ${message}` : message;
}

export function ReplyComposer({
  caseId,
  caseChannel,
  interactions,
}: {
  caseId: string;
  caseChannel: string;
  interactions: Interaction[];
}) {
  const queryClient = useQueryClient();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState("");
  // Until someone picks a stage it follows the case, so it moves on to "Update" after the first reply.
  const [chosenStage, setChosenStage] = useState<ReplyStage | null>(null);
  const stage = chosenStage ?? defaultStageFor(interactions);
  const coach = useCoachReport({ text: draft, stage, channel: coachChannelFor(caseChannel), caseId });
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [serverBlockers, setServerBlockers] = useState<string[] | null>(null);

  const blockerFindings = coach.checked?.report.findings.filter((finding) => finding.severity === "blocker");
  const hasBlockers = Boolean(blockerFindings?.length);

  const send = useMutation({
    mutationFn: (request: ReplyRequest) =>
      unwrap(api.POST("/api/v1/cases/{id}/replies", { params: { path: { id: caseId } }, body: request })),
    onSuccess: (_sent, request) => {
      // Keep anything typed while the reply was on its way.
      setDraft((current) => (current === request.text ? "" : current));
      setChosenStage(null);
      setOverrideOpen(false);
      setServerBlockers(null);
      notifications.show({ message: "Reply saved", color: "mend" });
      void queryClient.invalidateQueries({ queryKey: ["case", caseId] });
      void queryClient.invalidateQueries({ queryKey: ["cases"] });
    },
    onError: (error, request) => {
      if (isApiError(error, 409) && error.code === "conflict" && !request.override) {
        setServerBlockers(error.details.map((detail) => describeServerBlocker(request.text, detail)));
        setOverrideOpen(true);
      }
    },
  });

  const blockersToShow =
    serverBlockers ??
    (blockerFindings ?? []).map((finding) => describeFinding(coach.checked?.text ?? "", finding));
  const overrideError =
    overrideOpen && send.isError && !isApiError(send.error, 409) ? send.error.message : null;
  const inlineError = !overrideOpen && send.isError && !isApiError(send.error, 409) ? send.error : null;

  const canSend = draft.trim().length > 0 && !send.isPending;

  const startSend = () => {
    if (!canSend) return;
    send.reset();
    if (hasBlockers) {
      setServerBlockers(null);
      setOverrideOpen(true);
      return;
    }
    send.mutate({ text: draft, stage });
  };

  // Goes where the cursor was (replacing any selection), then puts the cursor after it.
  const insertAtCursor = (text: string) => {
    const textarea = textareaRef.current;
    const start = textarea?.selectionStart ?? draft.length;
    const end = textarea?.selectionEnd ?? start;
    setDraft(draft.slice(0, start) + text + draft.slice(end));
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const selectFinding = (finding: CoachFinding) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  };

  return (
    <Stack gap="md" data-testid="reply-composer">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h4">
          Write a reply
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TemplatePicker stage={stage} disabled={send.isPending} onPick={insertAtCursor} />
          <Select
            label="Stage"
            size="xs"
            w={160}
            data={stageOptions}
            value={stage}
            allowDeselect={false}
            onChange={(value) => value && setChosenStage(value as ReplyStage)}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Group>
      <HighlightedDraft
        label="Reply"
        description={`Writing the ${stageLabels[stage].toLowerCase()} for this case. The coach reads along as you type.`}
        placeholder="Write to the customer…"
        value={draft}
        onChange={setDraft}
        findings={coach.isCurrent && coach.checked ? coach.checked.report.findings : []}
        textareaRef={textareaRef}
        disabled={send.isPending}
      />
      {caseChannel === "sms" && draft.length > 0 && <SmsSegmentCount text={draft} />}
      <CoachPanel
        checked={coach.checked}
        isCurrent={coach.isCurrent}
        isChecking={coach.isChecking}
        error={coach.error}
        onSelect={selectFinding}
        caseId={caseId}
      />
      {inlineError && (
        <Alert color="red" variant="light" title="The reply wasn't saved" role="alert">
          <Text size="sm">{inlineError.message}</Text>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        {hasBlockers && (
          <Text size="sm" c="dimmed">
            The coach found a blocker. You can fix it, or send with a reason.
          </Text>
        )}
        <Button
          onClick={startSend}
          disabled={!canSend}
          loading={send.isPending && !overrideOpen}
          color={hasBlockers ? "red" : undefined}
          variant={hasBlockers ? "outline" : "filled"}
        >
          {hasBlockers ? "Send anyway…" : "Send reply"}
        </Button>
      </Group>
      <OverrideModal
        opened={overrideOpen}
        blockers={blockersToShow}
        sending={send.isPending}
        error={overrideError}
        onClose={() => setOverrideOpen(false)}
        onConfirm={(reason) => send.mutate({ text: draft, stage, override: { reason } })}
      />
    </Stack>
  );
}
