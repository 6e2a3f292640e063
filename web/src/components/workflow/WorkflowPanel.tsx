import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useMemo, useState } from "react";
import { useNow } from "../../use-now";
import { type CaseWorkflow, useCaseWorkflow, useUsers, useWorkflowSettings } from "../../workflow-api";
import { ErrorAlert, PageLoader } from "../PageStates";
import { AskForHelpForm } from "./AskForHelpForm";
import { HelpRequestCard } from "./HelpRequestCard";
import { OwnerSection } from "./OwnerSection";
import { PlaybookChecklist } from "./PlaybookChecklist";
import { RootCauseForm } from "./RootCauseForm";
import { SlaClocks } from "./SlaClocks";
import { StatusSection } from "./StatusSection";

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function HelpSection({ workflow, now }: { workflow: CaseWorkflow; now: number }) {
  const [asking, setAsking] = useState(false);
  const users = useUsers();
  const userNames = useMemo(
    () => new Map((users.data?.items ?? []).map((user) => [user.id, user.name])),
    [users.data],
  );
  return (
    <Stack gap="sm">
      {workflow.helpRequests.length === 0 && !asking && (
        <Text size="sm" c="dimmed">
          Stuck? A supervisor or a colleague can help, and you stay the owner.
        </Text>
      )}
      {workflow.helpRequests.map((request) => (
        <HelpRequestCard key={request.id} request={request} now={now} userNames={userNames} canAnswer />
      ))}
      {asking ? (
        <AskForHelpForm caseId={workflow.caseId} onDone={() => setAsking(false)} />
      ) : (
        <Button
          size="xs"
          variant="default"
          onClick={() => setAsking(true)}
          style={{ alignSelf: "flex-start" }}
        >
          Ask for help
        </Button>
      )}
    </Stack>
  );
}

/** The recovery playbook for one case: where it stands, what is missing, who has it, and when it is due. */
export function WorkflowPanel({ caseId }: { caseId: string }) {
  const now = useNow();
  const workflow = useCaseWorkflow(caseId);
  const settings = useWorkflowSettings();
  const requiredKeys = useMemo(
    () => new Set([...(settings.data?.gates.resolve ?? []), ...(settings.data?.gates.close ?? [])]),
    [settings.data],
  );

  if (workflow.isPending) return <PageLoader label="Loading the workflow…" />;
  if (workflow.isError) {
    return (
      <ErrorAlert
        title="The workflow didn't load"
        error={workflow.error}
        onRetry={() => void workflow.refetch()}
      />
    );
  }
  const data = workflow.data;
  return (
    <Stack gap="lg" mb="lg" data-testid="workflow-panel">
      <Section title="Where it stands">
        <StatusSection workflow={data} />
      </Section>
      <Section title="Playbook" testId="playbook-section">
        <PlaybookChecklist workflow={data} requiredKeys={requiredKeys} />
      </Section>
      <Section title="Root cause">
        {/* Keyed on the saved cause so a change made elsewhere replaces the form's copy. */}
        <RootCauseForm key={JSON.stringify(data.rootCause)} workflow={data} />
      </Section>
      <Section title="Due times">
        <SlaClocks workflow={data} now={now} />
      </Section>
      <Section title="Owner">
        <OwnerSection workflow={data} now={now} />
      </Section>
      <Section title="Help" testId="help-section">
        <HelpSection workflow={data} now={now} />
      </Section>
    </Stack>
  );
}
