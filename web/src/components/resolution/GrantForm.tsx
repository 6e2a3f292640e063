import { Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { type CaseResolution, type GrantResult, useGrant } from "../../resolution-api";
import { ActionError } from "../workflow/ProblemList";
import { AmountInput } from "./AmountInput";

/** Anything from the catalog, for when the suggestion is not what this customer needs. */
export function GrantForm({
  resolution,
  caseId,
  onDone,
  onGranted,
}: {
  resolution: CaseResolution;
  caseId: string;
  onDone: () => void;
  onGranted: (result: GrantResult) => void;
}) {
  const [type, setType] = useState<string | null>(null);
  const [amount, setAmount] = useState(0);
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const grant = useGrant(caseId);
  const item = resolution.catalog.find((entry) => entry.type === type);
  return (
    <Stack gap="xs" data-testid="grant-form">
      <Select
        label="Item"
        size="xs"
        placeholder="Choose from the catalog"
        data={resolution.catalog.map((entry) => ({ value: entry.type, label: entry.label }))}
        value={type}
        onChange={(next) => {
          setType(next);
          const chosen = resolution.catalog.find((entry) => entry.type === next);
          setAmount(chosen?.defaultAmount ?? (chosen?.unit === "money" ? 0 : 1));
        }}
        searchable
      />
      {item && (
        <AmountInput unit={item.unit} currency={resolution.currency} value={amount} onChange={setAmount} />
      )}
      {item?.asksOfCustomer && (
        <>
          <Text size="xs" c="orange.8">
            This asks something of the customer: {item.asksOfCustomer}. Say why it is right here.
          </Text>
          <Textarea
            label="Why this is right for the customer"
            size="xs"
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        </>
      )}
      <Textarea
        label="Note (optional)"
        size="xs"
        autosize
        minRows={1}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <ActionError error={grant.error} title="Not given" />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={!item || amount <= 0}
          loading={grant.isPending}
          onClick={() =>
            grant.mutate(
              { type: type!, amount, note: note.trim() || undefined, reason: reason.trim() || undefined },
              {
                onSuccess: (result) => {
                  onGranted(result);
                  onDone();
                },
              },
            )
          }
        >
          Give
        </Button>
      </Group>
    </Stack>
  );
}
