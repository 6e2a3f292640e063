import { Badge, Button, Group, List, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import {
  type CaseResolution,
  formatMoney,
  type GrantResult,
  type Unit,
  useGrant,
} from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";
import { AmountInput } from "./AmountInput";

const slotLabels = { remedy: "Remedy", trouble: "For the trouble", extra: "Something more" } as const;

function SuggestedItem({
  caseId,
  currency,
  item,
  unit,
  onGranted,
}: {
  caseId: string;
  currency: string;
  item: CaseResolution["suggestion"][number];
  unit: Unit;
  onGranted: (result: GrantResult) => void;
}) {
  const [amount, setAmount] = useState(item.amount);
  const grant = useGrant(caseId);
  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="suggested-item"
      data-type={item.type}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {item.label}
          </Text>
          <Badge size="xs" variant="light">
            {slotLabels[item.slot]}
          </Badge>
        </Group>
        <List size="xs" c="dimmed" spacing={0}>
          {item.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Group gap="xs" align="flex-end" justify="space-between">
          <AmountInput unit={unit} currency={currency} value={amount} onChange={setAmount} />
          <Button
            size="xs"
            loading={grant.isPending}
            disabled={amount <= 0}
            onClick={() => grant.mutate({ type: item.type, amount }, { onSuccess: onGranted })}
          >
            Give
          </Button>
        </Group>
        <ActionError error={grant.error} title="Not given" />
      </Stack>
    </Paper>
  );
}

export function SuggestionList({
  resolution,
  caseId,
  onGranted,
}: {
  resolution: CaseResolution;
  caseId: string;
  onGranted: (result: GrantResult) => void;
}) {
  const { facts, currency } = resolution;
  const basis = [
    facts.loss ? `lost ${formatMoney(facts.loss.amount, currency)}` : "no amount lost found",
    facts.fault ? `our fault: ${facts.fault}` : "fault not recorded yet",
    facts.customer.tier ? `${facts.customer.tier} customer` : null,
  ].filter(Boolean);
  return (
    <Stack gap="xs" data-testid="suggestion">
      <Text size="xs" c="dimmed">
        Based on: {basis.join(" · ")}
      </Text>
      {resolution.suggestion.length === 0 && (
        <Text size="sm" c="dimmed">
          {facts.fault
            ? "Nothing more to suggest."
            : "Record the root cause and whether we were at fault to get a suggestion."}
        </Text>
      )}
      {resolution.suggestion.map((item) => (
        <SuggestedItem
          key={item.type}
          caseId={caseId}
          currency={currency}
          item={item}
          unit={resolution.catalog.find((entry) => entry.type === item.type)?.unit ?? "money"}
          onGranted={onGranted}
        />
      ))}
    </Stack>
  );
}
