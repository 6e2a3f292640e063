import { Anchor, Badge, Collapse, Group, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import type { EmailExtras } from "../api-types";
import { labelOf } from "../format";

const refusals: Record<string, string> = {
  too_large: "larger than the attachment limit",
  type_not_allowed: "a type of file this mailbox does not accept",
};

function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Folded({ label, text, testId }: { label: string; text: string; testId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid={`${testId}-toggle`}
      >
        <Text size="xs" c="dimmed" td="underline">
          {open ? `Hide ${label}` : `Show ${label}`}
        </Text>
      </UnstyledButton>
      <Collapse expanded={open}>
        <Text
          size="xs"
          c="dimmed"
          mt={4}
          pl="sm"
          style={{
            whiteSpace: "pre-wrap",
            overflowWrap: "anywhere",
            borderLeft: "2px solid var(--mantine-color-gray-3)",
          }}
          data-testid={testId}
        >
          {text}
        </Text>
      </Collapse>
    </div>
  );
}

// Attachments download through the API (the session cookie travels with the link); refused ones are
// listed with the reason, so an agent knows the customer sent something Mend did not keep.
export function EmailExtrasView({
  caseId,
  interactionId,
  email,
}: {
  caseId: string;
  interactionId: string;
  email: EmailExtras;
}) {
  const { attachments, quotedText, signature } = email;
  if (attachments.length === 0 && !quotedText && !signature) return null;
  return (
    <Stack gap={4} mt={6}>
      {attachments.length > 0 && (
        <Group gap="xs" wrap="wrap" data-testid="attachments">
          {attachments.map((a) =>
            a.rejected ? (
              <Tooltip key={a.index} label={`Not kept: ${labelOf(refusals, a.rejected)}`}>
                <Badge
                  size="sm"
                  variant="outline"
                  color="gray"
                  td="line-through"
                  data-testid="attachment-refused"
                >
                  {a.filename}
                </Badge>
              </Tooltip>
            ) : (
              <Anchor
                key={a.index}
                size="xs"
                href={`/api/v1/cases/${caseId}/interactions/${interactionId}/attachments/${a.index}`}
                target="_blank"
                rel="noopener"
                data-testid="attachment"
              >
                📎 {a.filename} ({readableSize(a.size)})
              </Anchor>
            ),
          )}
        </Group>
      )}
      {quotedText && <Folded label="earlier messages" text={quotedText} testId="quoted-text" />}
      {signature && <Folded label="signature" text={signature} testId="signature" />}
    </Stack>
  );
}
