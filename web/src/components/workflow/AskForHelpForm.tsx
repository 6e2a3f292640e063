import { Button, Group, SegmentedControl, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import type { CasePriority } from "../../api-types";
import { priorityLabels } from "../../format";
import {
  type HelpTarget,
  helpTargetLabels,
  useRequestHelp,
  useUsers,
  useWorkflowSettings,
} from "../../workflow-api";
import { ActionError } from "./ProblemList";

const dueChoices = [
  { value: "30", label: "In 30 minutes" },
  { value: "60", label: "In an hour" },
  { value: "120", label: "In 2 hours" },
  { value: "240", label: "In 4 hours" },
  { value: "1440", label: "Within a day" },
];

export function AskForHelpForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const users = useUsers();
  const settings = useWorkflowSettings();
  const [to, setTo] = useState<HelpTarget>("supervisor");
  const [team, setTeam] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [priority, setPriority] = useState<CasePriority>("high");
  const [dueInMinutes, setDueInMinutes] = useState("60");
  const [note, setNote] = useState("");
  const ask = useRequestHelp(caseId);
  const teams = settings.data?.teams ?? [];
  const addresseeMissing = (to === "team" && !team) || (to === "user" && !userId);

  const submit = () => {
    const dueAt = new Date(Date.now() + Number(dueInMinutes) * 60_000).toISOString();
    ask.mutate(
      {
        to,
        team: to === "team" ? (team ?? undefined) : undefined,
        userId: to === "user" ? (userId ?? undefined) : undefined,
        priority,
        dueAt,
        note: note.trim(),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Stack gap="xs" data-testid="ask-for-help">
      <SegmentedControl
        size="xs"
        aria-label="Ask whom"
        data={(Object.keys(helpTargetLabels) as HelpTarget[]).map((value) => ({
          value,
          label: helpTargetLabels[value],
        }))}
        value={to}
        onChange={(value) => setTo(value as HelpTarget)}
      />
      {to === "team" && (
        <Select
          label="Team"
          placeholder={teams.length === 0 ? "No teams set up yet" : "Choose a team"}
          data={teams.map((entry) => ({ value: entry.key, label: entry.name }))}
          value={team}
          onChange={setTeam}
        />
      )}
      {to === "user" && (
        <Select
          label="Colleague"
          searchable
          data={(users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={userId}
          onChange={setUserId}
        />
      )}
      <Group gap="xs" grow>
        <Select
          label="Priority"
          data={(Object.keys(priorityLabels) as CasePriority[]).map((value) => ({
            value,
            label: priorityLabels[value],
          }))}
          value={priority}
          onChange={(value) => value && setPriority(value as CasePriority)}
          allowDeselect={false}
        />
        <Select
          label="Answer needed"
          data={dueChoices}
          value={dueInMinutes}
          onChange={(value) => value && setDueInMinutes(value)}
          allowDeselect={false}
        />
      </Group>
      <Textarea
        label="What do you need?"
        autosize
        minRows={2}
        maxLength={4000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <ActionError error={ask.error} title="The request wasn't sent" />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={!note.trim() || addresseeMissing}
          loading={ask.isPending}
          onClick={submit}
        >
          Ask for help
        </Button>
      </Group>
    </Stack>
  );
}
