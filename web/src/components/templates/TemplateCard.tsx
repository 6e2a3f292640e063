import { Badge, Button, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { stageLabels } from "../../coach";
import { relativeTime } from "../../format";
import { type ReplyTemplate, useDeleteTemplate } from "../../template-api";
import { ErrorAlert } from "../PageStates";

export function TemplateCard({
  template,
  canEdit,
  onEdit,
}: {
  template: ReplyTemplate;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useDeleteTemplate();

  return (
    <Paper
      withBorder
      p="lg"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="reply-template"
      aria-label={template.name}
      component="section"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600}>{template.name}</Text>
              <Badge size="sm" variant="light" color={template.stage ? "mend" : "gray"}>
                {template.stage ? stageLabels[template.stage] : "Any stage"}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              Changed {relativeTime(template.updatedAt)}
              {template.updatedBy ? ` by ${template.updatedBy.name}` : ""}
            </Text>
          </Stack>
          {canEdit && (
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${template.name}`}>
                Edit
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setConfirmingDelete(true)}
                aria-label={`Delete ${template.name}`}
              >
                Delete
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={6}>
          {template.body}
        </Text>
      </Stack>

      <Modal
        opened={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={`Delete “${template.name}”?`}
      >
        <Stack gap="md">
          <Text size="sm">
            Agents will no longer find it in the composer. Replies already written from it stay as they were
            sent.
          </Text>
          {remove.isError && <ErrorAlert title="The template wasn't deleted" error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmingDelete(false)} disabled={remove.isPending}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(template.id, {
                  onSuccess: () => {
                    setConfirmingDelete(false);
                    notifications.show({ color: "mend", message: `“${template.name}” deleted.` });
                  },
                })
              }
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
