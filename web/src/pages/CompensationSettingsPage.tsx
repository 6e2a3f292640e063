import {
  Alert,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { Session } from "../api-types";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { AuthorityTable } from "../components/resolution/AuthorityTable";
import { CatalogEditor } from "../components/resolution/CatalogEditor";
import { parseJsonList, SettingsCard } from "../components/SettingsCard";
import { ActionError } from "../components/workflow/ProblemList";
import {
  type CompensationRule,
  type CompensationSettings,
  useCompensationSettings,
  useSaveCompensationSettings,
} from "../resolution-api";

function CompensationForm({ saved }: { saved: CompensationSettings }) {
  const [currency, setCurrency] = useState(saved.currency);
  const [catalog, setCatalog] = useState(saved.catalog);
  const [roles, setRoles] = useState(saved.authority.roles);
  const [approvalHours, setApprovalHours] = useState(saved.authority.approvalHours);
  const [monthly, setMonthly] = useState(saved.budget.monthly);
  const [warnPercent, setWarnPercent] = useState(Math.round(saved.budget.warnAtShare * 100));
  const [multiplier, setMultiplier] = useState(saved.acquisitionCostMultiplier);
  const [reminder, setReminder] = useState(saved.promiseReminderMinutes);
  const [rulesText, setRulesText] = useState(JSON.stringify(saved.rules, null, 2));
  const rules = parseJsonList<CompensationRule>(rulesText);
  const save = useSaveCompensationSettings();

  const submit = () => {
    if (!rules) return;
    save.mutate(
      {
        currency: currency.trim().toUpperCase(),
        catalog,
        rules,
        authority: { ...saved.authority, roles, approvalHours },
        budget: { monthly, warnAtShare: warnPercent / 100 },
        acquisitionCostMultiplier: multiplier,
        promiseReminderMinutes: reminder,
      },
      { onSuccess: () => notifications.show({ message: "Compensation settings saved", color: "mend" }) },
    );
  };

  return (
    <Stack gap="lg">
      <SettingsCard
        title="Budget"
        description="What the organization gives in a calendar month, at cost. Past it, only an admin can approve."
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <TextInput
            label="Currency"
            description="ISO code, e.g. EUR"
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value)}
            maxLength={3}
          />
          <NumberInput
            label="Monthly budget"
            description="Empty means no budget"
            min={0}
            value={monthly === null ? "" : monthly / 100}
            onChange={(v) => setMonthly(v === "" ? null : Math.round(Number(v) * 100))}
          />
          <NumberInput
            label="Warn at"
            suffix=" %"
            min={1}
            max={100}
            value={warnPercent}
            onChange={(v) => setWarnPercent(Number(v) || 80)}
          />
        </SimpleGrid>
      </SettingsCard>

      <SettingsCard
        title="Authority"
        description="What each role may give on the spot. Above it, the agent asks and a supervisor decides."
      >
        <AuthorityTable roles={roles} onChange={setRoles} />
        <NumberInput
          mt="md"
          maw={260}
          label="Hours a supervisor has to answer"
          min={1}
          max={168}
          value={approvalHours}
          onChange={(v) => setApprovalHours(Number(v) || 4)}
        />
      </SettingsCard>

      <SettingsCard
        title="Catalog"
        description="What can be given, and what each costs the company. An item that asks something of the customer is never suggested."
      >
        <CatalogEditor items={catalog} onChange={setCatalog} />
      </SettingsCard>

      <SettingsCard
        title="Suggestion rules"
        description="In each slot (remedy, trouble, extra) the first matching rule wins; extras collect up to two. Amounts are in cents."
      >
        <Textarea
          label="Rules"
          description='Each rule: {"name", "slot", "when": {"minLoss", "faults", "rootCauses", "tiers", "minRisk", "minFollowers"}, "give": {"type", "amount": {"fixed"} or {"lossShare", "max"}}, "reason"}'
          autosize
          minRows={4}
          maxRows={18}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
          value={rulesText}
          onChange={(event) => setRulesText(event.currentTarget.value)}
          error={rules ? null : "This isn't a valid list of rules."}
        />
      </SettingsCard>

      <SettingsCard title="Promises and economics">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NumberInput
            label="Remind the owner before a promise is due"
            suffix=" min"
            min={1}
            value={reminder}
            onChange={(v) => setReminder(Number(v) || 60)}
          />
          <NumberInput
            label="Winning a new customer costs"
            description="times what keeping one does"
            suffix=" ×"
            min={1}
            max={100}
            value={multiplier}
            onChange={(v) => setMultiplier(Number(v) || 5)}
          />
        </SimpleGrid>
      </SettingsCard>

      <ActionError error={save.error} title="The settings weren't saved" />
      <Group justify="flex-end">
        <Button onClick={submit} disabled={!rules} loading={save.isPending}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}

export function CompensationSettingsPage({ session }: { session: Session }) {
  const isAdmin = session.user.role === "admin";
  const settings = useCompensationSettings();
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Compensation
        </Title>
        <Text c="dimmed" size="sm">
          What agents may give unhappy customers, who may give how much, and the monthly budget.
        </Text>
      </Stack>
      {!isAdmin && (
        <Alert variant="light" color="gray">
          Only an admin can see and change the compensation settings.
        </Alert>
      )}
      {isAdmin && settings.isPending && <PageLoader label="Loading the compensation settings…" />}
      {isAdmin && settings.isError && (
        <ErrorAlert
          title="The settings didn't load"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      )}
      {settings.data && <CompensationForm key={JSON.stringify(settings.data)} saved={settings.data} />}
    </Stack>
  );
}
