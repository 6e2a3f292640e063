import { Alert, Badge, Button, Group, Paper, Stack, Switch, TagsInput, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api";
import type { CoachRuleList, CoachSettings, CoachSeverity, Session } from "../api-types";
import { severityColors, severityLabels } from "../coach";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { labelOf } from "../format";

const rulesQueryKey = ["coach", "rules"] as const;

function sameSettings(a: CoachSettings, b: CoachSettings): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((item, i) => item === y[i]);
  return (
    same([...a.disabledRules].sort(), [...b.disabledRules].sort()) &&
    same(a.dictionaryWords, b.dictionaryWords)
  );
}

function settingsOf(list: CoachRuleList): CoachSettings {
  return {
    disabledRules: list.items.filter((rule) => !rule.enabled).map((rule) => rule.id),
    dictionaryWords: list.dictionaryWords,
  };
}

function CoachSettingsForm({ list, canEdit }: { list: CoachRuleList; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const saved = settingsOf(list);
  const [settings, setSettings] = useState<CoachSettings>(saved);
  const disabled = new Set(settings.disabledRules);
  const changed = !sameSettings(settings, saved);

  const save = useMutation({
    mutationFn: (next: CoachSettings) => unwrap(api.PUT("/api/v1/coach/settings", { body: next })),
    onSuccess: () => {
      notifications.show({ message: "Coach settings saved", color: "mend" });
      // Drafts already checked were read under the old settings.
      void queryClient.invalidateQueries({ queryKey: ["coach"] });
    },
  });

  const toggleRule = (ruleId: string, enabled: boolean) => {
    setSettings((current) => ({
      ...current,
      disabledRules: enabled
        ? current.disabledRules.filter((id) => id !== ruleId)
        : [...current.disabledRules, ruleId],
    }));
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
        <Title order={2} size="h4" mb={4}>
          Rules
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Each rule comes from the recovery playbook. A rule that is off is never shown to agents and never
          stops a reply.
        </Text>
        <Stack gap="sm" data-testid="coach-rules">
          {list.items.map((rule) => (
            <Group key={rule.id} justify="space-between" wrap="nowrap" align="flex-start" gap="md">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {rule.id}
                  </Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={severityColors[rule.severity as CoachSeverity] ?? "gray"}
                  >
                    {labelOf(severityLabels, rule.severity)}
                  </Badge>
                  <Badge size="xs" variant="default">
                    {rule.requirement}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {rule.description}
                </Text>
              </Stack>
              <Switch
                aria-label={`Use the rule ${rule.id}`}
                checked={!disabled.has(rule.id)}
                disabled={!canEdit}
                onChange={(event) => toggleRule(rule.id, event.currentTarget.checked)}
              />
            </Group>
          ))}
        </Stack>
      </Paper>

      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
        <Title order={2} size="h4" mb={4}>
          Your words
        </Title>
        <TagsInput
          label="Words the spelling check should accept"
          description="Product names, brand names and anything else your team writes often. Press Enter after each word."
          placeholder={canEdit ? "Add a word" : undefined}
          value={settings.dictionaryWords}
          onChange={(words) => setSettings((current) => ({ ...current, dictionaryWords: words }))}
          disabled={!canEdit}
          splitChars={[",", " "]}
          clearable={canEdit}
        />
      </Paper>

      {save.isError && <ErrorAlert title="The settings weren't saved" error={save.error} />}
      {canEdit && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!changed || save.isPending} onClick={() => setSettings(saved)}>
            Undo changes
          </Button>
          <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(settings)}>
            Save
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function CoachSettingsPage({ session }: { session: Session }) {
  const canEdit = session.user.role === "admin";
  const rules = useQuery({
    queryKey: rulesQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/coach/rules", { signal })),
  });

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Reply coach
        </Title>
        <Text c="dimmed" size="sm">
          The coach reads every draft and points out what tends to hurt a recovery. Choose which rules your
          team uses.
        </Text>
      </Stack>
      {!canEdit && (
        <Alert variant="light" color="gray">
          Only an admin can change these settings. You can see what the coach checks for.
        </Alert>
      )}
      {rules.isPending && <PageLoader label="Loading the coach's rules…" />}
      {rules.isError && (
        <ErrorAlert title="The rules didn't load" error={rules.error} onRetry={() => void rules.refetch()} />
      )}
      {rules.data && (
        // A fresh copy from the server replaces unsaved edits, which is what saving wants.
        <CoachSettingsForm key={JSON.stringify(settingsOf(rules.data))} list={rules.data} canEdit={canEdit} />
      )}
    </Stack>
  );
}
