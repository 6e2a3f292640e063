import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { api, unwrap } from "../../api";
import type { BodyOf, CaseStatus } from "../../api-types";
import { type CaseWorkflow, type Outcome, outcomeLabels, useWorkflowAction } from "../../workflow-api";
import { StatusBadge } from "../CaseBadges";
import { ActionError, MissingItems } from "./ProblemList";

const working: CaseStatus[] = ["new", "open", "waiting_customer", "waiting_internal"];

function transitionLabel(from: CaseStatus, to: CaseStatus): string {
  if (to === "open") return working.includes(from) ? "Mark as open" : "Reopen";
  if (to === "waiting_customer") return "Waiting on customer";
  if (to === "waiting_internal") return "Waiting on us";
  if (to === "resolved") return "Resolve";
  if (to === "following_up") return "Start following up";
  if (to === "closed") return "Close…";
  return to;
}

type TransitionBody = BodyOf<"transitionCase">;
const transition = (path: { id: string }, body: TransitionBody) =>
  unwrap(api.POST("/api/v1/cases/{id}/transitions", { params: { path }, body }));

function CloseCaseModal({
  workflow,
  opened,
  onClose,
}: {
  workflow: CaseWorkflow;
  opened: boolean;
  onClose: () => void;
}) {
  const neverResolved = working.includes(workflow.status);
  // A case that was never resolved can only close as a judgement that it cannot be (R33).
  const outcomes: Outcome[] = neverResolved
    ? ["unresolvable", "no_response"]
    : ["recovered", "not_recovered", "unresolvable", "no_response"];
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState("");
  const close = useWorkflowAction(workflow.caseId, transition);
  const reasonMissing = outcome === "unresolvable" && !reason.trim();

  const submit = () => {
    if (!outcome || reasonMissing) return;
    close.mutate({ to: "closed", outcome, reason: reason.trim() || undefined }, { onSuccess: onClose });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Close the case" centered>
      <Stack gap="md">
        {workflow.gates.close.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Still needed before closing
            </Text>
            <MissingItems problems={workflow.gates.close} />
          </Stack>
        )}
        <Radio.Group
          label="How did it end?"
          description={neverResolved ? "This case was never resolved." : undefined}
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
        >
          <Stack gap={6} mt={6}>
            {outcomes.map((key) => (
              <Radio key={key} value={key} label={outcomeLabels[key]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={outcome === "unresolvable" ? "Why can't it be resolved?" : "Note (optional)"}
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonMissing ? "Say why the case can't be resolved." : null}
        />
        <ActionError error={close.error} title="The case wasn't closed" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it open
          </Button>
          <Button onClick={submit} disabled={!outcome || reasonMissing} loading={close.isPending}>
            Close the case
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function StatusSection({ workflow }: { workflow: CaseWorkflow }) {
  const [closing, setClosing] = useState(false);
  const move = useWorkflowAction(workflow.caseId, transition);
  const canResolve = workflow.allowedTransitions.includes("resolved");

  return (
    <Stack gap="sm" data-testid="workflow-status">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Status
        </Text>
        <StatusBadge status={workflow.status} />
        {workflow.outcome && (
          <Text size="sm" data-testid="workflow-outcome">
            {outcomeLabels[workflow.outcome.outcome as Outcome] ?? workflow.outcome.outcome}
            {workflow.outcome.reason ? ` — ${workflow.outcome.reason}` : ""}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="wrap">
        {workflow.allowedTransitions.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === "resolved" ? "filled" : "default"}
            loading={move.isPending && move.variables?.to === to}
            onClick={() => {
              move.reset();
              if (to === "closed") setClosing(true);
              else move.mutate({ to });
            }}
          >
            {transitionLabel(workflow.status, to)}
          </Button>
        ))}
      </Group>
      {canResolve && workflow.gates.resolve.length > 0 && (
        <Stack gap={2} data-testid="resolve-gate">
          <Text size="xs" c="dimmed">
            Before resolving
          </Text>
          <MissingItems problems={workflow.gates.resolve} />
        </Stack>
      )}
      <ActionError error={move.error} title="The case didn't move" />
      {closing && <CloseCaseModal workflow={workflow} opened onClose={() => setClosing(false)} />}
    </Stack>
  );
}
