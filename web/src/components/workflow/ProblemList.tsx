import { Alert, List, Text } from "@mantine/core";
import { isApiError } from "../../api";
import type { FieldProblem } from "../../workflow-api";

const fieldLabels: Record<string, string> = {
  to: "Status",
  outcome: "Outcome",
  reason: "Reason",
};

// Playbook problems already name their item in the reason; other fields need saying.
function problemText(problem: FieldProblem): string {
  if (problem.field.startsWith("playbook.")) return problem.reason;
  const field = fieldLabels[problem.field] ?? problem.field.replace(/^body\./, "");
  return `${field}: ${problem.reason}`;
}

export function MissingItems({ problems, testId }: { problems: FieldProblem[]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <List size="sm" spacing={2} data-testid={testId}>
      {problems.map((problem) => (
        <List.Item key={problem.field} data-field={problem.field}>
          {problemText(problem)}
        </List.Item>
      ))}
    </List>
  );
}

/** The server's own words for a refused action, with each missing item it named. */
export function ActionError({ error, title = "That didn't go through" }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "Something went wrong. Please try again.";
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="workflow-error">
      <Text size="sm" mb={details.length > 0 ? 4 : 0}>
        {message}
      </Text>
      <MissingItems problems={details} />
    </Alert>
  );
}
