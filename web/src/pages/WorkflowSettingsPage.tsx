import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { playbookLabels } from "../../../src/shared/vocabulary";
import { api, unwrap } from "../api";
import type { Session } from "../api-types";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { parseJsonList, SettingsCard } from "../components/SettingsCard";
import { ActionError } from "../components/workflow/ProblemList";
import { SlaTargetsTable } from "../components/workflow/SlaTargetsTable";
import {
  type PlaybookItemKey,
  type RoutingRule,
  useWorkflowSettings,
  type WorkflowSettings,
  workflowSettingsKey,
} from "../workflow-api";

const itemKeys = Object.keys(playbookLabels) as PlaybookItemKey[];

function GateChoice({
  label,
  value,
  onChange,
  disabled,
  testId,
}: {
  label: string;
  value: PlaybookItemKey[];
  onChange: (value: PlaybookItemKey[]) => void;
  disabled: boolean;
  testId: string;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={(next) => onChange(next as PlaybookItemKey[])}>
      <Stack gap={6} mt="xs" data-testid={testId}>
        {itemKeys.map((key) => (
          <Checkbox key={key} value={key} label={playbookLabels[key]} disabled={disabled} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function WorkflowSettingsForm({ saved, canEdit }: { saved: WorkflowSettings; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [gates, setGates] = useState(saved.gates);
  const [slaWarnPercent, setSlaWarnPercent] = useState(Math.round(saved.sla.policy.warnAtShare * 100));
  const [helpWarnPercent, setHelpWarnPercent] = useState(Math.round(saved.helpRequests.warnAtShare * 100));
  const [autoAssign, setAutoAssign] = useState(saved.routing.autoAssign);
  const [maxOpen, setMaxOpen] = useState(saved.routing.maxOpenCasesPerAgent);
  const [rulesText, setRulesText] = useState(JSON.stringify(saved.routing.rules, null, 2));
  const rules = parseJsonList<RoutingRule>(rulesText);

  const save = useMutation({
    mutationFn: (patch: Partial<WorkflowSettings>) =>
      unwrap(api.PUT("/api/v1/settings/workflow", { body: patch })),
    onSuccess: (settings) => {
      queryClient.setQueryData(workflowSettingsKey, settings);
      // Gates decide what every open case is missing.
      void queryClient.invalidateQueries({ queryKey: ["case"] });
      notifications.show({ message: "Workflow settings saved", color: "mend" });
    },
  });

  const submit = () => {
    if (!rules) return;
    // Only changed sections are sent: saving the SLA section makes every open case recompute.
    const patch: Partial<WorkflowSettings> = { gates };
    const slaWarn = slaWarnPercent / 100;
    if (slaWarn !== saved.sla.policy.warnAtShare) {
      patch.sla = { ...saved.sla, policy: { ...saved.sla.policy, warnAtShare: slaWarn } };
    }
    const helpWarn = helpWarnPercent / 100;
    if (helpWarn !== saved.helpRequests.warnAtShare) patch.helpRequests = { warnAtShare: helpWarn };
    const routing = { ...saved.routing, autoAssign, maxOpenCasesPerAgent: maxOpen, rules };
    if (JSON.stringify(routing) !== JSON.stringify(saved.routing)) patch.routing = routing;
    save.mutate(patch);
  };

  return (
    <Stack gap="lg">
      <SettingsCard
        title="What a case needs"
        description="A case can't move on until these playbook items are done. Each one asks for evidence, not just a tick."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <GateChoice
            label="Before resolving"
            value={gates.resolve}
            onChange={(resolve) => setGates((current) => ({ ...current, resolve }))}
            disabled={!canEdit}
            testId="gate-resolve"
          />
          <GateChoice
            label="Before closing"
            value={gates.close}
            onChange={(close) => setGates((current) => ({ ...current, close }))}
            disabled={!canEdit}
            testId="gate-close"
          />
        </SimpleGrid>
      </SettingsCard>

      <SettingsCard title="Warnings" description="How far into its time a clock warns before it is missed.">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NumberInput
            label="Case due times"
            description="The owner is told at this share of each target."
            suffix="%"
            min={1}
            max={100}
            value={slaWarnPercent}
            onChange={(value) => setSlaWarnPercent(Number(value) || 75)}
            disabled={!canEdit}
          />
          <NumberInput
            label="Help requests"
            description="Whoever was asked is reminded at this share of the time."
            suffix="%"
            min={1}
            max={100}
            value={helpWarnPercent}
            onChange={(value) => setHelpWarnPercent(Number(value) || 75)}
            disabled={!canEdit}
          />
        </SimpleGrid>
      </SettingsCard>

      <SettingsCard title="Due-time targets">
        <SlaTargetsTable settings={saved} />
      </SettingsCard>

      <SettingsCard
        title="Routing"
        description="Difficult customers go to a specialist first. Then the first rule that matches picks a team, skills or a person."
      >
        <Stack gap="md">
          <Switch
            label="Give cases no rule claims to the least busy agent"
            description={`Otherwise they wait in the ${saved.routing.defaultQueue} queue for someone to take them.`}
            checked={autoAssign}
            onChange={(event) => setAutoAssign(event.currentTarget.checked)}
            disabled={!canEdit}
          />
          <NumberInput
            label="Most open cases per person"
            min={1}
            max={1000}
            value={maxOpen}
            onChange={(value) => setMaxOpen(Number(value) || 1)}
            disabled={!canEdit}
            maw={240}
          />
          <Textarea
            label="Rules"
            description='Each rule: {"name", "when": {"channels", "rootCauses", "tiers", "languages"}, "assign": {"team", "skills", "userId"}}'
            autosize
            minRows={3}
            maxRows={16}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
            value={rulesText}
            onChange={(event) => setRulesText(event.currentTarget.value)}
            readOnly={!canEdit}
            error={rules ? null : "This isn't a valid list of rules."}
          />
        </Stack>
      </SettingsCard>

      <ActionError error={save.error} title="The settings weren't saved" />
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={submit} disabled={!rules} loading={save.isPending}>
            Save
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function WorkflowSettingsPage({ session }: { session: Session }) {
  const canEdit = session.user.role === "admin";
  const settings = useWorkflowSettings();
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Workflow
        </Title>
        <Text c="dimmed" size="sm">
          The steps every case goes through, how soon customers hear from you, and who gets which case.
        </Text>
      </Stack>
      {!canEdit && (
        <Alert variant="light" color="gray">
          Only an admin can change these settings. You can see how cases are handled.
        </Alert>
      )}
      {settings.isPending && <PageLoader label="Loading the workflow settings…" />}
      {settings.isError && (
        <ErrorAlert
          title="The settings didn't load"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      )}
      {settings.data && (
        // A fresh copy from the server replaces unsaved edits, which is what saving wants.
        <WorkflowSettingsForm key={JSON.stringify(settings.data)} saved={settings.data} canEdit={canEdit} />
      )}
    </Stack>
  );
}
