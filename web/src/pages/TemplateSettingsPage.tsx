import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { isManager } from "../../../src/shared/vocabulary";
import type { Session } from "../api-types";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { TemplateCard } from "../components/templates/TemplateCard";
import { TemplateForm } from "../components/templates/TemplateForm";
import { type ReplyTemplate, useReplyTemplates, useSaveTemplate } from "../template-api";

// "new" while writing one, a template while changing it.
type Editing = "new" | ReplyTemplate;

function TemplateEditor({
  editing,
  knownVariables,
  onClose,
}: {
  editing: Editing;
  knownVariables: string[];
  onClose: () => void;
}) {
  const template = editing === "new" ? null : editing;
  const save = useSaveTemplate(template?.id ?? null);
  return (
    <TemplateForm
      template={template}
      knownVariables={knownVariables}
      pending={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={(body) =>
        save.mutate(body, {
          onSuccess: (saved) => {
            onClose();
            notifications.show({ color: "mend", message: `“${saved.name}” saved.` });
          },
        })
      }
    />
  );
}

export function TemplateSettingsPage({ session }: { session: Session }) {
  const canEdit = isManager(session.user.role);
  const templates = useReplyTemplates();
  // Kept while the modal fades out, so its title does not change under the animation.
  const [editing, setEditing] = useState<Editing>("new");
  const [editorOpen, setEditorOpen] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const openEditor = (what: Editing) => {
    setEditing(what);
    setEditorKey((key) => key + 1);
    setEditorOpen(true);
  };
  const [filter, setFilter] = useState("");
  const items = (templates.data?.items ?? []).filter((template) =>
    template.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  return (
    <Stack gap="lg" maw={880}>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Reply templates
          </Title>
          <Text c="dimmed" size="sm">
            Starting points for situations your team meets often. Agents insert them from the composer and
            make them their own: the coach warns when a reply goes out nearly as saved, because customers can
            tell a script.
          </Text>
        </Stack>
        {canEdit && (
          <Button onClick={() => openEditor("new")} style={{ flexShrink: 0 }}>
            New template
          </Button>
        )}
      </Group>
      {!canEdit && (
        <Alert variant="light" color="gray">
          Only a supervisor or an admin can change the templates. You can read them here and insert them from
          the reply composer.
        </Alert>
      )}

      {templates.isPending && <PageLoader label="Loading the templates…" />}
      {templates.isError && (
        <ErrorAlert
          title="The templates didn't load"
          error={templates.error}
          onRetry={() => void templates.refetch()}
        />
      )}
      {templates.data?.items.length === 0 && (
        <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
          <Text size="sm" c="dimmed">
            No templates yet.{" "}
            {canEdit ? "Write one for the complaint your team answers most." : "A supervisor can add some."}
          </Text>
        </Paper>
      )}
      {templates.data && templates.data.items.length > 0 && (
        <Stack gap="md">
          <TextInput
            label="Find a template"
            placeholder="Part of its name"
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            maw={360}
          />
          <Stack gap="md" data-testid="reply-templates">
            {items.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                canEdit={canEdit}
                onEdit={() => openEditor(template)}
              />
            ))}
            {items.length === 0 && (
              <Text size="sm" c="dimmed">
                No template's name contains “{filter.trim()}”.
              </Text>
            )}
          </Stack>
        </Stack>
      )}

      <Modal
        opened={editorOpen}
        onClose={() => setEditorOpen(false)}
        title={editing === "new" ? "New reply template" : `Edit “${editing.name}”`}
        size="xl"
      >
        <TemplateEditor
          key={editorKey}
          editing={editing}
          knownVariables={templates.data?.knownVariables ?? []}
          onClose={() => setEditorOpen(false)}
        />
      </Modal>
    </Stack>
  );
}
