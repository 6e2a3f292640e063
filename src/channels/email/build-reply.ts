import { createHash } from "node:crypto";
import type Mail from "nodemailer/lib/mailer";

export interface BuildReplyMessageOptions {
  from: string | Mail.Address;
  to: string | Mail.Address | Array<string | Mail.Address>;
  /** The subject being answered; "Re:" and the case marker are added here. */
  subject: string;
  text: string;
  html?: string;
  caseNumber: number;
  /** Message-ID of the message being answered, with angle brackets. */
  inReplyTo?: string | null;
  /** References of the message being answered. */
  references?: string[];
  /** Usually `reply+<token>@domain` so the answer comes back to this case. */
  replyTo: string;
  messageIdDomain: string;
  /** The outbox row's key: a retried send must produce the very same Message-ID. */
  idempotencyKey: string;
  /** Mail no person wrote (acknowledgements, follow-up reminders) carries Auto-Submitted so other robots stay quiet. */
  automatic?: boolean;
}

const REPLY_PREFIX = /^\s*((re|aw|sv|antw|vs|fw|fwd|wg|tr)\s*(\[\d+\])?\s*:\s*)+/i;
const CASE_MARKER = /\s*\[#\d+\]\s*/g;
// Long threads would otherwise grow the References header without bound; RFC 5322 allows trimming the middle.
const MAX_REFERENCES = 20;

/** Builds nodemailer options for one reply on a case; pure, so the outbox can rebuild it identically on retry. */
export function buildReplyMessage(options: BuildReplyMessageOptions): Mail.Options {
  const references = buildReferences(options.references ?? [], options.inReplyTo ?? undefined);
  const message: Mail.Options = {
    from: options.from,
    to: options.to,
    replyTo: options.replyTo,
    subject: buildReplySubject({ subject: options.subject, caseNumber: options.caseNumber }),
    messageId: deriveMessageId({ idempotencyKey: options.idempotencyKey, domain: options.messageIdDomain }),
    text: options.text,
    html: options.html ?? textToHtml(options.text),
    headers: options.automatic ? { "Auto-Submitted": "auto-replied" } : {},
  };
  if (options.inReplyTo) message.inReplyTo = options.inReplyTo;
  if (references.length > 0) message.references = references;
  return message;
}

export function buildReplySubject({ subject, caseNumber }: { subject: string; caseNumber: number }): string {
  const base = subject
    .replace(/[\r\n]+/g, " ")
    .replace(REPLY_PREFIX, "")
    .replace(CASE_MARKER, " ")
    .trim();
  return base ? `Re: ${base} [#${caseNumber}]` : `Re: [#${caseNumber}]`;
}

export function deriveMessageId({
  idempotencyKey,
  domain,
}: {
  idempotencyKey: string;
  domain: string;
}): string {
  const digest = createHash("sha256").update(`mend-message-id:${idempotencyKey}`).digest("hex").slice(0, 32);
  return `<mend.${digest}@${domain}>`;
}

function buildReferences(parentReferences: string[], inReplyTo: string | undefined): string[] {
  const all = [...parentReferences, ...(inReplyTo ? [inReplyTo] : [])];
  const unique = all.filter((id, index) => id && all.indexOf(id) === index);
  if (unique.length <= MAX_REFERENCES) return unique;
  // Keep the thread's root (clients thread on it) and the most recent ancestors.
  return [unique[0] as string, ...unique.slice(-(MAX_REFERENCES - 1))];
}

function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
  const paragraphs = escaped
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br>\n")}</p>`);
  return `<!doctype html>\n<html><body>\n${paragraphs.join("\n")}\n</body></html>\n`;
}
