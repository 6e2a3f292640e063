import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { absoluteTime, relativeTime } from "../../format";
import {
  type Mailbox,
  useDeleteMailbox,
  usePollMailbox,
  useTestMailbox,
  useUpdateMailbox,
} from "../../mailbox-api";
import { ErrorAlert } from "../PageStates";
import { ConnectionCheck } from "./ConnectionCheck";
import { MailboxForm } from "./MailboxForm";
import { updateBodyOf } from "./mailbox-form-values";

function passwordNote(hasPassword: boolean): string {
  return hasPassword ? "password stored" : "no password";
}

function MailboxDetails({ mailbox }: { mailbox: Mailbox }) {
  const { imap, smtp } = mailbox;
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span c="dimmed">
          Receives:{" "}
        </Text>
        {imap
          ? `IMAP ${imap.host}:${imap.port}${imap.tls ? " with TLS" : ""} as ${imap.user}, ${passwordNote(imap.hasPassword)}, folder ${imap.mailbox}`
          : "through the webhook only"}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          Sends:{" "}
        </Text>
        SMTP {smtp.host}:{smtp.port}
        {smtp.tls ? " with TLS" : ""}
        {smtp.user ? ` as ${smtp.user}, ${passwordNote(smtp.hasPassword)}` : ", no login"}
      </Text>
      {imap && (
        <Text size="sm" data-testid="mailbox-last-polled">
          <Text span c="dimmed">
            Last checked:{" "}
          </Text>
          {mailbox.lastPolledAt ? (
            <Tooltip label={absoluteTime(mailbox.lastPolledAt)}>
              <span>{relativeTime(mailbox.lastPolledAt)}</span>
            </Tooltip>
          ) : (
            "not yet"
          )}
        </Text>
      )}
      {mailbox.lastPollError && (
        <Text size="sm" c="red" data-testid="mailbox-last-error">
          The last check failed: {mailbox.lastPollError}
        </Text>
      )}
    </Stack>
  );
}

export function MailboxCard({ mailbox }: { mailbox: Mailbox }) {
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const test = useTestMailbox(mailbox.id);
  const poll = usePollMailbox(mailbox.id);
  const toggle = useUpdateMailbox(mailbox.id);
  const edit = useUpdateMailbox(mailbox.id);
  const remove = useDeleteMailbox(mailbox.id);
  const busy = toggle.isPending || remove.isPending;

  const closeEditor = () => {
    setEditing(false);
    edit.reset();
  };

  return (
    <Paper
      withBorder
      p="lg"
      style={{ borderColor: "var(--mend-border)" }}
      data-testid="mailbox"
      aria-label={mailbox.name}
      component="section"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600}>{mailbox.name}</Text>
              {!mailbox.enabled && (
                <Badge size="sm" variant="light" color="gray">
                  Off
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" style={{ wordBreak: "break-all" }}>
              {mailbox.address}
            </Text>
          </Stack>
          <Switch
            label="In use"
            labelPosition="left"
            aria-label={`Use the mailbox ${mailbox.name}`}
            checked={mailbox.enabled}
            disabled={busy}
            onChange={(event) => toggle.mutate({ enabled: event.currentTarget.checked })}
          />
        </Group>

        <MailboxDetails mailbox={mailbox} />

        <Group gap="xs">
          <Button size="xs" variant="light" loading={test.isPending} onClick={() => test.mutate()}>
            Test connection
          </Button>
          {mailbox.imap && (
            <Button
              size="xs"
              variant="default"
              loading={poll.isPending}
              disabled={!mailbox.enabled}
              onClick={() =>
                poll.mutate(undefined, {
                  onSuccess: ({ queued }) =>
                    notifications.show({
                      color: "mend",
                      message: queued
                        ? `Checking ${mailbox.name} for new mail now.`
                        : `${mailbox.name} is already being checked.`,
                    }),
                })
              }
            >
              Check now
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
            Disconnect
          </Button>
        </Group>

        {test.data && <ConnectionCheck result={test.data} />}
        {test.isError && <ErrorAlert title="The test didn't run" error={test.error} />}
        {poll.isError && <ErrorAlert title="Mend couldn't check for mail" error={poll.error} />}
        {toggle.isError && <ErrorAlert title="The mailbox wasn't switched" error={toggle.error} />}
      </Stack>

      <Modal opened={editing} onClose={closeEditor} title={`Edit ${mailbox.name}`} size="xl">
        <MailboxForm
          mailbox={mailbox}
          submitLabel="Save changes"
          pending={edit.isPending}
          error={edit.error}
          onCancel={closeEditor}
          onSubmit={(values) =>
            edit.mutate(updateBodyOf(values, mailbox), {
              onSuccess: () => {
                closeEditor();
                // The old result described the settings that were just replaced.
                test.reset();
                notifications.show({ color: "mend", message: `${mailbox.name} saved.` });
              },
            })
          }
        />
      </Modal>

      <Modal
        opened={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={`Disconnect ${mailbox.name}?`}
      >
        <Stack gap="md">
          <Text size="sm">
            Mend will stop reading and sending mail for {mailbox.address} and forget its passwords. Cases and
            the mail already in them stay as they are.
          </Text>
          {remove.isError && <ErrorAlert title="The mailbox wasn't disconnected" error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmingDelete(false)} disabled={remove.isPending}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Disconnect
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
