import { Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";

const minReasonLength = 3;

/**
 * Sending past the coach's blockers is allowed, but only with a reason, which stays on the
 * reply so a supervisor can see why.
 */
export function OverrideModal({
  opened,
  blockers,
  sending,
  error,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  blockers: string[];
  sending: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const tooShort = reason.trim().length < minReasonLength;

  // Each override is its own decision; a reason typed for an earlier reply must not carry over.
  useEffect(() => {
    if (opened) {
      setReason("");
      setTouched(false);
    }
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!tooShort) onConfirm(reason.trim());
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Send past the coach's blockers?" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            The coach found words that usually hurt a recovery. If you still want to send this reply, say why.
            Your reason is kept with the reply.
          </Text>
          {blockers.length > 0 && (
            <List size="sm" spacing={4} data-testid="override-blockers">
              {blockers.map((blocker) => (
                <List.Item key={blocker}>{blocker}</List.Item>
              ))}
            </List>
          )}
          <Textarea
            label="Reason"
            placeholder="For example: the customer used these words first and asked us to quote them."
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={(touched && tooShort ? "Please give a reason of at least 3 characters." : null) ?? error}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={sending}>
              Keep editing
            </Button>
            <Button type="submit" color="red" loading={sending}>
              Send anyway
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
