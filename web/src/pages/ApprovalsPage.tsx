import { SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { ApprovalCard } from "../components/resolution/ApprovalCard";
import { formatMoney, useApprovals, useCompensationSummary } from "../resolution-api";
import { useNow } from "../use-now";

function MonthSummary() {
  const summary = useCompensationSummary().data;
  if (!summary) return null;
  const money = (minor: number) => formatMoney(minor, summary.currency);
  return (
    <Text size="sm" c={summary.budgetWarning ? "orange.8" : "dimmed"} data-testid="compensation-summary">
      This month: {money(summary.spent)} given at cost
      {summary.budget !== null ? ` of a ${money(summary.budget)} budget` : ""}, on {summary.cases}{" "}
      {summary.cases === 1 ? "case" : "cases"} whose customers are worth {money(summary.lifetimeValue)}.
      Replacing them would cost about {money(summary.replacementCost)}.
    </Text>
  );
}

/** Supervisors and admins: grants above an agent's authority, the most urgent first. */
export function ApprovalsPage() {
  const now = useNow(15_000);
  const [status, setStatus] = useState<"pending" | "all">("pending");
  const approvals = useApprovals(status);
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Approvals
        </Title>
        <Text c="dimmed" size="sm">
          An agent is waiting with a customer on each of these. Decide with a reason; the agent sees it at
          once.
        </Text>
      </Stack>
      <MonthSummary />
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(value) => setStatus(value as "pending" | "all")}
        data={[
          { value: "pending", label: "Waiting" },
          { value: "all", label: "All" },
        ]}
        style={{ alignSelf: "flex-start" }}
      />
      {approvals.isPending && <PageLoader label="Loading approvals…" />}
      {approvals.isError && (
        <ErrorAlert
          title="The approvals didn't load"
          error={approvals.error}
          onRetry={() => void approvals.refetch()}
        />
      )}
      {approvals.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {status === "pending" ? "Nobody is waiting for an approval." : "No approval requests yet."}
        </Text>
      )}
      <Stack gap="sm" data-testid="approvals">
        {approvals.data?.items.map((approval) => (
          <ApprovalCard key={approval.id} approval={approval} currency={approvals.data.currency} now={now} />
        ))}
      </Stack>
    </Stack>
  );
}
