import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import type { CreatedMailbox } from "../../mailbox-api";

function CopyableValue({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid={testId}>
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? "light" : "default"}
              onClick={copy}
              aria-label={`Copy the ${label.toLowerCase()}`}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

// The server keeps only a hash of the secret, so this is the one moment anyone can read it.
export function WebhookSecretModal({
  created,
  onClose,
}: {
  created: CreatedMailbox | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="Mailbox connected"
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack gap="md">
          <Text size="sm">
            {created.name} ({created.address}) is connected. If your mail provider forwards mail to a webhook
            instead of, or as well as, IMAP, give it this address and secret.
          </Text>
          <CopyableValue label="Webhook URL" value={created.webhookUrl} testId="webhook-url" />
          <CopyableValue label="Webhook secret" value={created.webhookSecret} testId="webhook-secret" />
          <Alert color="yellow" variant="light" title="You will not see this secret again">
            Mend keeps only a fingerprint of it. Copy it somewhere safe now. If it is lost, disconnect the
            mailbox and connect it again for a new one.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
