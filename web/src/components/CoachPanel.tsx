import { Badge, Group, Loader, Stack, Text, UnstyledButton } from "@mantine/core";
import type { CoachFinding } from "../api-types";
import {
  type CheckedDraft,
  coachVerdict,
  orderFindings,
  scoreColor,
  severityColors,
  severityLabels,
} from "../coach";
import { RegisterPromiseButton } from "./resolution/RegisterPromiseButton";

function quoteOf(text: string, finding: CoachFinding): string {
  return text.slice(finding.start, finding.end).trim();
}

function FindingItem({
  finding,
  quote,
  selectable,
  onSelect,
}: {
  finding: CoachFinding;
  quote: string;
  selectable: boolean;
  onSelect: (finding: CoachFinding) => void;
}) {
  const content = (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap" align="baseline">
        <Badge size="sm" variant="light" color={severityColors[finding.severity]}>
          {severityLabels[finding.severity]}
        </Badge>
        {quote && (
          <Text size="sm" fw={600} data-testid="coach-finding-words" style={{ overflowWrap: "anywhere" }}>
            “{quote}”
          </Text>
        )}
      </Group>
      <Text size="sm">{finding.message}</Text>
      {finding.suggestion && (
        <Text size="sm" c="dimmed">
          Better: {finding.suggestion}
        </Text>
      )}
    </Stack>
  );
  const frame = {
    display: "block",
    width: "100%",
    padding: "var(--mantine-spacing-xs) var(--mantine-spacing-sm)",
    borderRadius: "var(--mantine-radius-sm)",
    borderLeft: `3px solid var(--mantine-color-${severityColors[finding.severity]}-5)`,
    background: "var(--mend-surface)",
  } as const;
  // Findings about the whole reply (a missing apology) have no words to jump to.
  if (!selectable || finding.end <= finding.start) {
    return (
      <div data-testid="coach-finding" data-severity={finding.severity} style={frame}>
        {content}
      </div>
    );
  }
  return (
    <UnstyledButton
      data-testid="coach-finding"
      data-severity={finding.severity}
      onClick={() => onSelect(finding)}
      title="Show these words in the reply"
      style={frame}
    >
      {content}
    </UnstyledButton>
  );
}

export function CoachPanel({
  checked,
  isCurrent,
  isChecking,
  error,
  onSelect,
  caseId,
}: {
  checked: CheckedDraft | undefined;
  isCurrent: boolean;
  isChecking: boolean;
  error: unknown;
  onSelect: (finding: CoachFinding) => void;
  caseId?: string;
}) {
  if (!checked) {
    return (
      <Group gap="xs" mih={28} data-testid="coach-panel">
        {isChecking ? (
          <>
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              The coach is reading your draft…
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {error
              ? "The coach can't read this draft right now. You can still send it."
              : "Start writing and the coach will point out anything that could hurt the recovery."}
          </Text>
        )}
      </Group>
    );
  }

  const { report, text } = checked;
  const findings = orderFindings(report.findings);
  return (
    <Stack
      gap="sm"
      data-testid="coach-panel"
      aria-busy={!isCurrent}
      aria-live="polite"
      style={{ opacity: isCurrent ? 1 : 0.6, transition: "opacity 120ms" }}
    >
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          Coach score
        </Text>
        <Badge
          variant="filled"
          color={scoreColor(report.score)}
          data-testid="coach-score"
          aria-label={`Coach score ${report.score} of 100`}
        >
          {report.score}
        </Badge>
        <Text size="sm" c="dimmed">
          {coachVerdict(report.findings)}
        </Text>
        {isChecking && <Loader size="xs" aria-label="Checking the latest words" />}
      </Group>
      {findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          The coach has nothing to point out in this draft.
        </Text>
      ) : (
        <Stack gap={6} data-testid="coach-findings">
          {findings.map((finding) => (
            <Stack key={`${finding.ruleId}:${finding.start}:${finding.end}`} gap={4}>
              <FindingItem
                finding={finding}
                quote={quoteOf(text, finding)}
                selectable={isCurrent}
                onSelect={onSelect}
              />
              {caseId && finding.promise && (
                <RegisterPromiseButton caseId={caseId} promise={finding.promise} />
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
