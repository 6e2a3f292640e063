import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { Session } from "../api-types";
import { MailboxCard } from "../components/mailboxes/MailboxCard";
import { MailboxForm } from "../components/mailboxes/MailboxForm";
import { createBodyOf } from "../components/mailboxes/mailbox-form-values";
import { WebhookSecretModal } from "../components/mailboxes/WebhookSecretModal";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { type CreatedMailbox, useCreateMailbox, useMailboxes } from "../mailbox-api";

function Header() {
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        Mailboxes
      </Title>
      <Text c="dimmed" size="sm">
        Mend reads customer mail from these mailboxes and sends your replies through them, so answers reach
        customers from the address they wrote to.
      </Text>
    </Stack>
  );
}

export function MailboxSettingsPage({ session }: { session: Session }) {
  const isAdmin = session.user.role === "admin";
  const mailboxes = useMailboxes(isAdmin);
  const create = useCreateMailbox();
  const [connecting, setConnecting] = useState(false);
  const [created, setCreated] = useState<CreatedMailbox | null>(null);

  if (!isAdmin) {
    return (
      <Stack gap="lg" maw={880}>
        <Header />
        <Alert variant="light" color="gray">
          Only an admin can see and connect mailboxes, because their settings include passwords.
        </Alert>
      </Stack>
    );
  }

  const closeConnect = () => {
    setConnecting(false);
    create.reset();
  };

  return (
    <Stack gap="lg" maw={880}>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <Header />
        <Button onClick={() => setConnecting(true)} style={{ flexShrink: 0 }}>
          Connect a mailbox
        </Button>
      </Group>

      {mailboxes.isPending && <PageLoader label="Loading the mailboxes…" />}
      {mailboxes.isError && (
        <ErrorAlert
          title="The mailboxes didn't load"
          error={mailboxes.error}
          onRetry={() => void mailboxes.refetch()}
        />
      )}
      {mailboxes.data?.items.length === 0 && (
        <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
          <Text size="sm" c="dimmed">
            No mailbox is connected yet. Connect your support address and Mend will open a case for each new
            complaint that arrives there.
          </Text>
        </Paper>
      )}
      {mailboxes.data && mailboxes.data.items.length > 0 && (
        <Stack gap="md" data-testid="mailboxes">
          {mailboxes.data.items.map((mailbox) => (
            <MailboxCard key={mailbox.id} mailbox={mailbox} />
          ))}
        </Stack>
      )}

      <Modal opened={connecting} onClose={closeConnect} title="Connect a mailbox" size="xl">
        <MailboxForm
          mailbox={null}
          submitLabel="Connect"
          pending={create.isPending}
          error={create.error}
          onCancel={closeConnect}
          onSubmit={(values) =>
            create.mutate(createBodyOf(values), {
              onSuccess: (mailbox) => {
                setCreated(mailbox);
                closeConnect();
              },
            })
          }
        />
      </Modal>
      <WebhookSecretModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
