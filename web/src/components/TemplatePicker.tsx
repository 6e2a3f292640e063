import { Select } from "@mantine/core";
import type { ReplyStage } from "../api-types";
import { stageLabels } from "../coach";
import { useReplyTemplates } from "../template-api";

/**
 * Picks a saved template by name and hands its text to the composer. Templates written for the
 * stage being written come first; the choice is cleared again so the same one can be picked twice.
 */
export function TemplatePicker({
  stage,
  disabled,
  onPick,
}: {
  stage: ReplyStage;
  disabled?: boolean;
  onPick: (body: string) => void;
}) {
  const templates = useReplyTemplates();
  const items = templates.data?.items ?? [];
  const group = (matching: boolean) =>
    items
      .filter((template) => (template.stage === stage) === matching)
      .map((template) => ({ value: template.id, label: template.name }));
  const forStage = group(true);
  const others = group(false);
  const data = [
    ...(forStage.length ? [{ group: `For the ${stageLabels[stage].toLowerCase()}`, items: forStage }] : []),
    ...(others.length ? [{ group: forStage.length ? "Other templates" : "Templates", items: others }] : []),
  ];

  return (
    <Select
      label="Insert template"
      size="xs"
      w={240}
      placeholder={templates.isPending ? "Loading…" : items.length ? "Search by name" : "No templates yet"}
      data={data}
      value={null}
      searchable
      clearable={false}
      nothingFoundMessage="No template by that name"
      disabled={disabled || items.length === 0}
      onChange={(id) => {
        const picked = items.find((template) => template.id === id);
        if (picked) onPick(picked.body);
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid="insert-template"
    />
  );
}
