import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import {
  type CaseResolution,
  formatMoney,
  type GrantResult,
  useCaseResolution,
  whyLabels,
} from "../../resolution-api";
import { useNow } from "../../use-now";
import { ErrorAlert, PageLoader } from "../PageStates";
import { GrantedList } from "./GrantedList";
import { GrantForm } from "./GrantForm";
import { PromiseForm } from "./PromiseForm";
import { PromiseList } from "./PromiseList";
import { SuggestionList } from "./SuggestionList";

function Part({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function AuthorityLeft({ resolution }: { resolution: CaseResolution }) {
  const { authorityLeft: left, currency } = resolution;
  const money = (value: number | null) => (value === null ? "no limit" : formatMoney(value, currency));
  return (
    <Text size="xs" c="dimmed" data-testid="authority-left">
      You may still give {money(left.perCase)} on this case · {money(left.perMonth)} this month · budget left{" "}
      {money(left.budget)}
      {left.budgetWarning ? " — the monthly budget is nearly spent" : ""}
    </Text>
  );
}

function GrantOutcome({ result, onClose }: { result: GrantResult | null; onClose: () => void }) {
  if (!result) return null;
  const granted = result.status === "granted";
  return (
    <Alert
      color={granted ? "teal" : "orange"}
      variant="light"
      withCloseButton
      onClose={onClose}
      data-testid="grant-outcome"
      title={granted ? "Given" : "Sent for approval"}
    >
      <Text size="sm">
        {granted
          ? result.budgetWarning
            ? "Done. Note: this month's compensation budget is nearly spent."
            : "Done. Record the delivery once it reaches the customer."
          : `${whyLabels[result.why as keyof typeof whyLabels] ?? "Above your authority"}: a supervisor has been asked and you will see their answer here.`}
      </Text>
    </Alert>
  );
}

function Economics({ resolution }: { resolution: CaseResolution }) {
  const { economics: e, currency } = resolution;
  return (
    <Text size="xs" c="dimmed" data-testid="economics">
      Given {formatMoney(e.given, currency)} (committed {formatMoney(e.committed, currency)})
      {e.lifetimeValue !== null ? ` to keep a customer worth ${formatMoney(e.lifetimeValue, currency)}` : ""}.
      Winning a new customer costs about {e.acquisitionCostMultiplier}× keeping one
      {e.committed > 0 ? ` — here about ${formatMoney(e.replacementCost, currency)}` : ""}.
    </Text>
  );
}

/** R17–R26: what to give this customer and why, what was given and promised, and the plan. */
export function ResolutionPanel({ caseId }: { caseId: string }) {
  const now = useNow(15_000);
  const resolution = useCaseResolution(caseId);
  const [giving, setGiving] = useState(false);
  const [promising, setPromising] = useState(false);
  const [outcome, setOutcome] = useState<GrantResult | null>(null);

  if (resolution.isPending) return <PageLoader label="Loading the resolution…" />;
  if (resolution.isError) {
    return (
      <ErrorAlert
        title="The resolution didn't load"
        error={resolution.error}
        onRetry={() => void resolution.refetch()}
      />
    );
  }
  const data = resolution.data;
  return (
    <Paper
      withBorder
      p="lg"
      mb="lg"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="resolution-panel"
    >
      <Title order={2} size="h4" mb="sm">
        Resolution
      </Title>
      <Stack gap="md">
        {data.desiredOutcome && (
          <Text size="sm" data-testid="desired-outcome">
            <Text span c="dimmed" size="sm">
              The customer wants:{" "}
            </Text>
            {data.desiredOutcome}
          </Text>
        )}
        <Part title="Suggested">
          <SuggestionList resolution={data} caseId={caseId} onGranted={setOutcome} />
          <AuthorityLeft resolution={data} />
          <GrantOutcome result={outcome} onClose={() => setOutcome(null)} />
          {giving ? (
            <GrantForm
              resolution={data}
              caseId={caseId}
              onDone={() => setGiving(false)}
              onGranted={setOutcome}
            />
          ) : (
            <Button
              size="xs"
              variant="default"
              onClick={() => setGiving(true)}
              style={{ alignSelf: "flex-start" }}
            >
              Give something else
            </Button>
          )}
        </Part>
        <Part title="Given" testId="given">
          <GrantedList items={data.granted} caseId={caseId} currency={data.currency} now={now} />
          <Economics resolution={data} />
        </Part>
        <Part title="Promises" testId="promises">
          <PromiseList caseId={caseId} promises={data.promises} now={now} />
          {promising ? (
            <PromiseForm caseId={caseId} onDone={() => setPromising(false)} />
          ) : (
            <Button
              size="xs"
              variant="default"
              onClick={() => setPromising(true)}
              style={{ alignSelf: "flex-start" }}
            >
              Register a promise
            </Button>
          )}
        </Part>
        {data.plan && (
          <Part title="The plan for the customer" testId="plan">
            <Paper p="xs" bg="var(--mantine-color-gray-light)">
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {data.plan}
              </Text>
            </Paper>
            <Group justify="flex-end">
              <CopyButton value={data.plan}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="light" onClick={copy}>
                    {copied ? "Copied" : "Copy for the reply"}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Part>
        )}
      </Stack>
    </Paper>
  );
}
