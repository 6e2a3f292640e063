import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf, isApiError } from "../../api";
import type { Mailbox } from "../../mailbox-api";
import { ErrorAlert } from "../PageStates";
import {
  type MailboxField,
  type MailboxFormValues,
  missingNumbers,
  plainReason,
  serverFieldOf,
  valuesFrom,
} from "./mailbox-form-values";

export function MailboxForm({
  mailbox,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  /** null while connecting a new mailbox. */
  mailbox: Mailbox | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MailboxFormValues) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<MailboxFormValues>(() => valuesFrom(mailbox));
  const [missing, setMissing] = useState<Partial<Record<MailboxField, string>>>({});
  const serverErrors = fieldErrorsOf(error);
  const shownPaths = new Set(Object.values(serverFieldOf));
  const otherProblems = Object.entries(serverErrors).filter(([path]) => !shownPaths.has(path));

  const set = <K extends MailboxField>(field: K, value: MailboxFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setMissing(({ [field]: _, ...rest }) => rest);
  };
  const errorOf = (field: MailboxField) => {
    const path = serverFieldOf[field];
    const reason = missing[field] ?? (path ? serverErrors[path] : undefined);
    return reason ? plainReason(reason) : undefined;
  };
  const text = (field: MailboxField) => ({
    value: values[field] as string,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errorOf(field),
  });
  const number = (field: MailboxField) => ({
    value: values[field] as number | string,
    onChange: (value: number | string) => set(field, value),
    error: errorOf(field),
    allowDecimal: false,
    allowNegative: false,
  });
  const keepHint = (hasPassword: boolean | undefined) =>
    hasPassword ? "Leave empty to keep the stored password." : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = missingNumbers(values);
    setMissing(problems);
    if (Object.keys(problems).length === 0) onSubmit(values);
  };

  const isValidation = isApiError(error) && Object.keys(serverErrors).length > 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Name"
            description="What your team calls it, like Support."
            {...text("name")}
            data-autofocus
          />
          <TextInput
            label="Address"
            description={
              mailbox
                ? "The address can't change. Connect another mailbox instead."
                : "Where customers write to."
            }
            type="email"
            placeholder="support@example.com"
            disabled={mailbox !== null}
            {...text("address")}
          />
        </SimpleGrid>

        <Fieldset legend="Receiving (IMAP)">
          <Stack gap="sm">
            <Switch
              label="Fetch mail from this mailbox"
              description="Turn off if mail reaches Mend through the webhook instead."
              checked={values.useImap}
              onChange={(event) => set("useImap", event.currentTarget.checked)}
            />
            {values.useImap && (
              <>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label="Server" placeholder="imap.example.com" {...text("imapHost")} />
                  <NumberInput label="Port" min={1} max={65535} {...number("imapPort")} />
                  <Switch
                    label="Use TLS"
                    mt={{ sm: 30 }}
                    checked={values.imapTls}
                    onChange={(event) => set("imapTls", event.currentTarget.checked)}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label="User name" autoComplete="off" {...text("imapUser")} />
                  <PasswordInput
                    label="Password"
                    autoComplete="new-password"
                    description={keepHint(mailbox?.imap?.hasPassword)}
                    {...text("imapPassword")}
                  />
                  <TextInput label="Folder to read" {...text("imapMailbox")} />
                  <TextInput
                    label="Move handled mail to"
                    description="Leave empty to mark it as read and leave it where it is."
                    {...text("imapMoveTo")}
                  />
                </SimpleGrid>
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Sending (SMTP)">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Server" placeholder="smtp.example.com" {...text("smtpHost")} />
              <NumberInput label="Port" min={1} max={65535} {...number("smtpPort")} />
              <Switch
                label="Use TLS"
                mt={{ sm: 30 }}
                checked={values.smtpTls}
                onChange={(event) => set("smtpTls", event.currentTarget.checked)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="User name"
                description="Leave empty if the server doesn't ask for a login."
                autoComplete="off"
                {...text("smtpUser")}
              />
              <PasswordInput
                label="Password"
                autoComplete="new-password"
                description={keepHint(mailbox?.smtp.hasPassword)}
                {...text("smtpPassword")}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        {values.useImap && (
          <NumberInput
            label="Check for new mail every (seconds)"
            description="60 is the shortest wait."
            min={60}
            max={86400}
            maw={320}
            {...number("pollEverySeconds")}
          />
        )}

        {isValidation ? (
          <Alert color="red" variant="light" role="alert" title="Some fields need another look">
            {otherProblems.length > 0 ? (
              <Text size="sm">{isApiError(error) ? error.message : null}</Text>
            ) : (
              <Text size="sm">The problems are marked next to each field.</Text>
            )}
          </Alert>
        ) : (
          error != null && <ErrorAlert title="The mailbox wasn't saved" error={error} />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
