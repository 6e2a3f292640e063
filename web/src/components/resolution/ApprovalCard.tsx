import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { absoluteTime, relativeTime } from "../../format";
import {
  type Approval,
  formatAmountOf,
  formatMoney,
  useDecideApproval,
  whyLabels,
} from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";

function Clock({ approval, now }: { approval: Approval; now: number }) {
  if (approval.status !== "pending") {
    return (
      <Badge size="sm" variant="light" color={approval.status === "approved" ? "teal" : "red"}>
        {approval.status === "approved" ? "Approved" : "Rejected"}
      </Badge>
    );
  }
  const late = new Date(approval.dueAt).getTime() <= now;
  return (
    <Text size="sm" c={late ? "red" : "dimmed"} fw={late ? 600 : 400} data-testid="approval-clock">
      {late ? "Was due " : "Answer due "}
      <time dateTime={approval.dueAt} title={absoluteTime(approval.dueAt)}>
        {relativeTime(approval.dueAt, now)}
      </time>
    </Text>
  );
}

export function ApprovalCard({
  approval,
  currency,
  now,
}: {
  approval: Approval;
  currency: string;
  now: number;
}) {
  const [reason, setReason] = useState("");
  const decide = useDecideApproval(approval.case.id);
  const { accommodation: item } = approval;
  const send = (approve: boolean) => decide.mutate({ id: approval.id, approve, reason: reason.trim() });
  return (
    <Paper withBorder p="sm" style={{ borderColor: "var(--mend-border)" }} data-testid="approval">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/cases/${approval.case.id}`} size="sm" fw={600}>
            #{approval.case.number} {approval.case.subject ?? ""}
          </Anchor>
          <Clock approval={approval} now={now} />
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {item.label} {formatAmountOf(item, currency)}
          </Text>{" "}
          — costs {formatMoney(item.cost, currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {approval.requestedBy?.name ?? "Someone"} asked {relativeTime(approval.createdAt, now)} ·{" "}
          {whyLabels[approval.why]}
        </Text>
        {item.note && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {item.note}
          </Text>
        )}
        {approval.decisionReason && (
          <Text size="xs" c="dimmed">
            {approval.decidedBy?.name}: “{approval.decisionReason}”
          </Text>
        )}
        {approval.status === "pending" && (
          <>
            <Textarea
              label="Reason for your decision"
              size="xs"
              autosize
              minRows={1}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <ActionError error={decide.error} title="Not decided" />
            <Group gap="xs" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                color="red"
                disabled={!reason.trim()}
                loading={decide.isPending}
                onClick={() => send(false)}
              >
                Reject
              </Button>
              <Button
                size="xs"
                disabled={!reason.trim()}
                loading={decide.isPending}
                onClick={() => send(true)}
              >
                Approve
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
