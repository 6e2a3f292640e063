import { Badge, Button, Group, Menu, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { TriageAnalysis } from "../api-types";
import { isUnsure, percent, unhappinessColors, unhappinessLabels } from "../triage";
import { useTaxonomy, useTriageCorrection } from "../use-triage-correction";
import { PriorityMark } from "./CaseBadges";
import { RiskReasons } from "./RiskReasons";
import { SignalChips } from "./SignalChips";

function UnsureBadge({ language }: { language: TriageAnalysis["language"] }) {
  const label = language.supported
    ? "The model is unsure"
    : `Written in ${language.code} — the model is unsure`;
  return (
    <Tooltip label="Read this message yourself before relying on the analysis" withArrow>
      <Badge variant="outline" color="yellow" tt="none" data-testid="analysis-unsure" tabIndex={0}>
        {label}
      </Badge>
    </Tooltip>
  );
}

function UnhappinessBadge({ unhappiness }: { unhappiness: TriageAnalysis["unhappiness"] }) {
  const words = unhappiness.evidence
    .filter((item) => !item.feature.startsWith("<"))
    .map((item) => item.feature);
  const badge = (
    <Badge
      variant="light"
      color={unhappinessColors[unhappiness.label]}
      data-testid="unhappiness"
      tabIndex={0}
    >
      {unhappinessLabels[unhappiness.label]} · {percent(unhappiness.probability)}
    </Badge>
  );
  if (words.length === 0) return badge;
  return (
    <Tooltip label={`Words that weighed most: ${words.join(", ")}`} multiline w={260} withArrow>
      {badge}
    </Tooltip>
  );
}

function RootCause({
  rootCause,
  labelFor,
}: {
  rootCause: TriageAnalysis["rootCause"];
  labelFor: (key: string) => string;
}) {
  const alternatives = rootCause.alternatives
    .slice(0, 3)
    .map((option) => `${labelFor(option.key)} ${percent(option.confidence)}`)
    .join(" · ");
  return (
    <Text size="sm" data-testid="root-cause">
      <Text span c="dimmed">
        Probably went wrong:{" "}
      </Text>
      <Tooltip label={alternatives ? `Also possible: ${alternatives}` : "No other likely cause"} withArrow>
        <Text span fw={600} tabIndex={0}>
          {rootCause.label}
          {rootCause.fineLabel ? ` (${rootCause.fineLabel})` : ""}
        </Text>
      </Tooltip>
      <Text span c="dimmed">
        {" "}
        · {percent(rootCause.confidence)} sure
      </Text>
    </Text>
  );
}

export function MessageAnalysis({
  caseId,
  interactionId,
  analysis,
}: {
  caseId: string;
  interactionId: string;
  analysis: TriageAnalysis;
}) {
  const { correct, isCorrected, isSaving } = useTriageCorrection({ caseId, interactionId });
  const taxonomy = useTaxonomy();
  const labelFor = (key: string) => taxonomy.data?.find((entry) => entry.key === key)?.label ?? key;
  const saysUnhappy = analysis.unhappiness.label === "unhappy";

  return (
    <Paper
      withBorder
      p="sm"
      mt={8}
      bg="var(--mantine-color-gray-0)"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="message-analysis"
      aria-label="Mend's reading of this message"
    >
      <Stack gap={8}>
        <Group gap="xs" wrap="wrap">
          <UnhappinessBadge unhappiness={analysis.unhappiness} />
          {isUnsure(analysis) && <UnsureBadge language={analysis.language} />}
          <PriorityMark priority={analysis.priority} />
          {analysis.difficult && (
            <Tooltip label={analysis.difficultReasons.join("; ") || "Flagged by triage"} multiline w={260}>
              <Badge variant="filled" color="grape" data-testid="analysis-difficult" tabIndex={0}>
                Difficult
              </Badge>
            </Tooltip>
          )}
        </Group>
        <SignalChips
          analysis={analysis}
          isCorrected={isCorrected}
          isSaving={isSaving}
          onNotThreat={(kind) => correct({ notThreat: kind })}
        />
        <RootCause rootCause={analysis.rootCause} labelFor={labelFor} />
        <RiskReasons risk={analysis.risk} />
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Button
              size="compact-xs"
              variant="default"
              disabled={isCorrected("unhappy")}
              loading={isSaving("unhappy")}
              onClick={() => correct({ unhappy: !saysUnhappy })}
            >
              {isCorrected("unhappy") ? "Corrected" : saysUnhappy ? "Not unhappy" : "Unhappy"}
            </Button>
            <Menu position="bottom-start" withinPortal shadow="md">
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={isCorrected("cause")}
                  loading={isSaving("cause")}
                >
                  {isCorrected("cause") ? "Cause corrected" : "Wrong cause"}
                </Button>
              </Menu.Target>
              <Menu.Dropdown mah={320} style={{ overflowY: "auto" }}>
                <Menu.Label>What went wrong instead?</Menu.Label>
                {taxonomy.isError && <Menu.Label c="red.8">The causes didn't load.</Menu.Label>}
                {(taxonomy.data ?? [])
                  .filter((entry) => entry.key !== analysis.rootCause.key)
                  .map((entry) => (
                    <Menu.Item key={entry.key} onClick={() => correct({ cause: entry.key })}>
                      {entry.label}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
          <Text size="xs" c="dimmed" data-testid="model-version">
            Model {analysis.modelVersion}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
