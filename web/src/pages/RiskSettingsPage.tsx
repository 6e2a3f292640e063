import { Alert, Button, Group, NumberInput, Paper, Slider, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, isApiError, unwrap } from "../api";
import type { Session, TriageSettings } from "../api-types";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { labelOf } from "../format";
import { riskFactorLabels } from "../triage";

const settingsQueryKey = ["triage", "settings"] as const;
const defaultWeight = 1;
const maxWeight = 5;
const weightMarks = [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` }));

const factorHints: Record<string, string> = {
  unhappiness: "How sure the model is that the customer is unhappy.",
  intensity: "Capitals, swearing, sarcasm and other signs of strong feeling.",
  churn: "The customer says they will cancel or go elsewhere.",
  public_threat: "The customer says they will post, review or go to the press.",
  legal_threat: "The customer mentions a lawyer, a claim or a regulator.",
  repeat_contact: "The customer has written about this before.",
  urgency: "A deadline or a need that can't wait.",
  money_lost: "Money the customer says they lost or were charged.",
  customer_value: "Lifetime value from your own systems.",
  tier: "The customer's tier from your own systems.",
  tenure: "Years since they became a customer.",
  reach: "Followers, and whether the message was posted in public.",
  advocate: "Customers who recommend you to others.",
};

function weightsOf(settings: TriageSettings): Record<string, number> {
  return Object.fromEntries(
    settings.factors.map((factor) => [factor, settings.riskWeights[factor] ?? defaultWeight]),
  );
}

function correctionsLabel(count: number): string {
  if (count === 0) return "Your model hasn't learned from any corrections yet.";
  return `Your model has learned from ${count} ${count === 1 ? "correction" : "corrections"}.`;
}

function RiskWeightsForm({ settings, canEdit }: { settings: TriageSettings; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const saved = weightsOf(settings);
  const [weights, setWeights] = useState<Record<string, number>>(saved);
  const changed = settings.factors.some((factor) => weights[factor] !== saved[factor]);

  const save = useMutation({
    mutationFn: (riskWeights: Record<string, number>) =>
      unwrap(api.PUT("/api/v1/triage/settings", { body: { riskWeights } })),
    onSuccess: () => {
      notifications.show({
        message: "Risk weights saved. New messages are scored with them.",
        color: "mend",
      });
      void queryClient.invalidateQueries({ queryKey: settingsQueryKey });
    },
  });

  const setWeight = (factor: string, value: number) =>
    setWeights((current) => ({ ...current, [factor]: Math.min(maxWeight, Math.max(0, value)) }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
        <Stack gap="lg" data-testid="risk-weights">
          {settings.factors.map((factor) => {
            const label = labelOf(riskFactorLabels, factor);
            const weight = weights[factor] ?? defaultWeight;
            return (
              <Stack key={factor} gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} c={weight === 0 ? "dimmed" : undefined}>
                      {label}
                      {weight === 0 ? " · off" : ""}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {factorHints[factor] ?? ""}
                    </Text>
                  </Stack>
                  <NumberInput
                    aria-label={`Weight for ${label}`}
                    value={weight}
                    onChange={(value) =>
                      setWeight(factor, typeof value === "number" ? value : Number(value) || 0)
                    }
                    min={0}
                    max={maxWeight}
                    step={0.25}
                    decimalScale={2}
                    w={90}
                    size="xs"
                    disabled={!canEdit}
                  />
                </Group>
                <Slider
                  aria-label={`${label} weight`}
                  value={weight}
                  onChange={(value) => setWeight(factor, value)}
                  min={0}
                  max={maxWeight}
                  step={0.25}
                  marks={weightMarks}
                  disabled={!canEdit}
                  mb="md"
                />
              </Stack>
            );
          })}
        </Stack>
      </Paper>

      {save.isError && (
        <ErrorAlert title="The weights weren't saved" error={save.error}>
          {isApiError(save.error) && save.error.details.length > 0 && (
            <Stack gap={2} component="ul" m={0} pl="md">
              {save.error.details.map((detail) => (
                <Text key={`${detail.field}:${detail.reason}`} size="sm" component="li">
                  {detail.field}: {detail.reason}
                </Text>
              ))}
            </Stack>
          )}
        </ErrorAlert>
      )}
      {canEdit && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!changed || save.isPending} onClick={() => setWeights(saved)}>
            Undo changes
          </Button>
          <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(weights)}>
            Save
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function RiskSettingsPage({ session }: { session: Session }) {
  const canEdit = session.user.role === "admin";
  const settings = useQuery({
    queryKey: settingsQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/triage/settings", { signal })),
  });

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Risk weights
        </Title>
        <Text c="dimmed" size="sm">
          Mend adds up points for each reason a customer may be lost, and the total is the risk score. Choose
          how much each reason counts for your business: 1 is the usual weight, 0 switches it off, 2 doubles
          it.
        </Text>
        {settings.data && (
          <Text size="sm" data-testid="corrections-learned">
            {correctionsLabel(settings.data.corrections)}
          </Text>
        )}
      </Stack>
      {!canEdit && (
        <Alert variant="light" color="gray">
          Only an admin can change these weights. You can see how risk is counted.
        </Alert>
      )}
      {settings.isPending && <PageLoader label="Loading the risk weights…" />}
      {settings.isError && (
        <ErrorAlert
          title="The risk weights didn't load"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      )}
      {settings.data && (
        // A fresh copy from the server replaces unsaved edits, which is what saving wants.
        <RiskWeightsForm
          key={JSON.stringify(weightsOf(settings.data))}
          settings={settings.data}
          canEdit={canEdit}
        />
      )}
    </Stack>
  );
}
