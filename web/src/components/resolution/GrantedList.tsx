import { Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { absoluteTime, relativeTime } from "../../format";
import {
  type Accommodation,
  formatAmountOf,
  formatMoney,
  useMarkDelivered,
  whyLabels,
} from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";

const statusBadge: Record<Accommodation["status"], { label: string; color: string }> = {
  pending_approval: { label: "Waiting for approval", color: "orange" },
  granted: { label: "Granted", color: "mend" },
  delivered: { label: "Delivered", color: "teal" },
  rejected: { label: "Not approved", color: "red" },
};

function DeliverForm({ caseId, item }: { caseId: string; item: Accommodation }) {
  const [reference, setReference] = useState("");
  const [open, setOpen] = useState(false);
  const deliver = useMarkDelivered(caseId);
  if (!open) {
    return (
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => setOpen(true)}
        style={{ alignSelf: "flex-start" }}
      >
        Mark delivered
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          size="xs"
          label="Reference"
          placeholder="Refund id, coupon code…"
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          size="xs"
          disabled={!reference.trim()}
          loading={deliver.isPending}
          onClick={() => deliver.mutate({ id: item.id, reference: reference.trim() })}
        >
          Save
        </Button>
      </Group>
      <ActionError error={deliver.error} title="Not saved" />
    </Stack>
  );
}

export function GrantedList({
  items,
  caseId,
  currency,
  now,
}: {
  items: Accommodation[];
  caseId: string;
  currency: string;
  now: number;
}) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing given yet.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="granted-list">
      {items.map((item) => {
        const badge = statusBadge[item.status];
        return (
          <Paper
            key={item.id}
            withBorder
            p="xs"
            style={{ borderColor: "var(--mend-border)" }}
            data-testid="granted-item"
            data-status={item.status}
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {item.label} {formatAmountOf(item, currency)}
                </Text>
                <Badge size="sm" variant="light" color={badge.color}>
                  {badge.label}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                Costs {formatMoney(item.cost, currency)}
                {item.grantedBy ? ` · given by ${item.grantedBy.name}` : ""}
                {item.overBudget ? " · past the budget" : ""}
              </Text>
              {item.status === "pending_approval" && item.approval && (
                <Text size="xs" c="orange.8">
                  {whyLabels[item.approval.why as keyof typeof whyLabels] ?? item.approval.why} · answer due{" "}
                  <time dateTime={item.approval.dueAt} title={absoluteTime(item.approval.dueAt)}>
                    {relativeTime(item.approval.dueAt, now)}
                  </time>
                </Text>
              )}
              {item.approval?.decisionReason && (
                <Text size="xs" c="dimmed" data-testid="decision-reason">
                  “{item.approval.decisionReason}”
                </Text>
              )}
              {item.status === "delivered" && (
                <Text size="xs" c="dimmed">
                  Delivered {item.deliveredAt ? relativeTime(item.deliveredAt, now) : ""} ·{" "}
                  {item.deliveryReference}
                </Text>
              )}
              {item.status === "granted" && <DeliverForm caseId={caseId} item={item} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
