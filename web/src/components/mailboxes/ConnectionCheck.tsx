import { Alert, Stack, Text } from "@mantine/core";
import type { MailboxCheck, MailboxTestResult } from "../../mailbox-api";

function CheckLine({ label, check, testId }: { label: string; check: MailboxCheck; testId: string }) {
  return (
    <Text size="sm" data-testid={testId} data-ok={check.ok}>
      <Text span fw={600}>
        {label}:
      </Text>{" "}
      {check.ok ? "works" : `failed — ${check.error ?? "no reason given"}`}
    </Text>
  );
}

export function ConnectionCheck({ result }: { result: MailboxTestResult }) {
  const failed = [result.imap && !result.imap.ok ? "IMAP" : null, result.smtp.ok ? null : "SMTP"].filter(
    Boolean,
  );
  return (
    <Alert
      color={result.ok ? "teal" : "red"}
      variant="light"
      role="status"
      data-testid="connection-check"
      title={
        result.ok ? "Both servers answered. This mailbox is ready." : `${failed.join(" and ")} didn't work.`
      }
    >
      <Stack gap={2}>
        {result.imap ? (
          <CheckLine label="Receiving (IMAP)" check={result.imap} testId="check-imap" />
        ) : (
          <Text size="sm">Receiving (IMAP): not set up, mail comes in through the webhook.</Text>
        )}
        <CheckLine label="Sending (SMTP)" check={result.smtp} testId="check-smtp" />
      </Stack>
    </Alert>
  );
}
