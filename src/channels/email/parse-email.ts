import { createHash } from "node:crypto";
import { type AddressObject, type HeaderLines, simpleParser } from "mailparser";
import type { ReceivedAttachment } from "../../cases/store-attachments";
import { checkEmailSize, DEFAULT_MAX_EMAIL_BYTES } from "./check-email-size";
import { countMimeParts } from "./count-mime-parts";
import { detectMailLoop, type MailLoopVerdict } from "./detect-mail-loop";
import { EmailRejectedError } from "./email-rejected-error";
import { sanitizeEmailHtml } from "./sanitize-email-html";
import { type AttachmentLimits, screenAttachment } from "./screen-attachment";
import { splitReplyText } from "./split-reply-text";

export const DEFAULT_MAX_EMAIL_PARTS = 500;

export interface EmailAddress {
  name: string;
  address: string;
}

export interface EmailLimits extends AttachmentLimits {
  maxBytes?: number;
  maxParts?: number;
}

export interface ParsedEmail {
  /** Message-IDs keep their angle brackets ("<id@host>") everywhere, as they appear in References. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  replyTo: EmailAddress[];
  subject: string;
  date: Date | null;
  /** Plain text; derived from the HTML when the message has no text part. */
  text: string;
  newText: string;
  quotedText: string;
  signature: string;
  /** Sanitised, inert HTML; null for plain-text messages. */
  html: string | null;
  attachments: ReceivedAttachment[];
  /** Raw values of the headers Mend reads, by lower-case name. */
  headers: Record<string, string[]>;
  loop: MailLoopVerdict;
  size: number;
  /** Stable fingerprint of the raw bytes: a dedupe key for messages without a Message-ID. */
  sha256: string;
}

export interface ParseEmailOptions {
  raw: Buffer;
  limits?: EmailLimits;
  allowRemoteImages?: boolean;
}

const HEADERS_OF_INTEREST = new Set([
  "auto-submitted",
  "x-autoreply",
  "x-autorespond",
  "x-autoresponder",
  "x-auto-response-suppress",
  "precedence",
  "list-id",
  "list-unsubscribe",
  "x-failed-recipients",
  "return-path",
  "delivered-to",
  "x-original-to",
  "content-type",
  "x-mailer",
  "user-agent",
  "thread-index",
  "thread-topic",
]);

/**
 * Parses one raw RFC 5322 message into what intake needs. Oversized messages and MIME bombs are refused
 * with an EmailRejectedError before mailparser sees them, so the work per message stays bounded.
 */
export async function parseEmail({
  raw,
  limits = {},
  allowRemoteImages = false,
}: ParseEmailOptions): Promise<ParsedEmail> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_EMAIL_BYTES;
  const maxParts = limits.maxParts ?? DEFAULT_MAX_EMAIL_PARTS;
  if (checkEmailSize({ size: raw.length, maxBytes }).tooLarge) {
    throw new EmailRejectedError("too_large", `message is ${raw.length} bytes; the limit is ${maxBytes}`);
  }
  const parts = countMimeParts({ raw, stopAfter: maxParts });
  if (parts > maxParts) {
    throw new EmailRejectedError("too_many_parts", `message has more than ${maxParts} MIME parts`);
  }

  const mail = await simpleParser(raw, {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  }).catch((error: unknown) => {
    // Retrying cannot fix a message mailparser refuses (e.g. megabytes of headers): reject it for good.
    throw new EmailRejectedError("malformed", error instanceof Error ? error.message : String(error));
  });
  const headers = collectHeaders(mail.headerLines);
  const from = firstAddress(mail.from);
  const html =
    typeof mail.html === "string" ? sanitizeEmailHtml({ html: mail.html, allowRemoteImages }) : null;
  // mailparser gives up on text for pathological HTML; the sanitised HTML still holds the words.
  const text = (mail.text || (html ? htmlToPlainText(html) : "")).replace(/\r\n?/g, "\n");
  const split = splitReplyText({ text });

  return {
    messageId: normaliseMessageId(mail.messageId),
    inReplyTo: normaliseMessageId(mail.inReplyTo),
    references: toArray(mail.references)
      .flatMap((value) => value.split(/\s+/))
      .map(normaliseMessageId)
      .filter((value): value is string => value !== null),
    from,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    replyTo: addresses(mail.replyTo),
    subject: (mail.subject ?? "").trim(),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    text,
    ...split,
    html,
    attachments: mail.attachments.map((attachment) =>
      screenAttachment({
        attachment: {
          filename: attachment.filename,
          contentType: attachment.contentType,
          size: attachment.size ?? attachment.content.length,
          content: attachment.content,
          contentId: attachment.contentId,
          contentDisposition: attachment.contentDisposition,
          related: attachment.related,
        },
        limits,
      }),
    ),
    headers,
    loop: detectMailLoop({ headers, fromAddress: from?.address, raw }),
    size: raw.length,
    sha256: createHash("sha256").update(raw).digest("hex"),
  };
}

function htmlToPlainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function collectHeaders(lines: HeaderLines): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    const name = key.toLowerCase();
    if (!HEADERS_OF_INTEREST.has(name)) continue;
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    headers[name] = [...(headers[name] ?? []), value];
  }
  return headers;
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const result: EmailAddress[] = [];
  const visit = (entries: { name: string; address?: string; group?: unknown[] }[]) => {
    for (const entry of entries) {
      if (entry.address) result.push({ name: entry.name ?? "", address: entry.address.toLowerCase() });
      if (Array.isArray(entry.group)) visit(entry.group as typeof entries);
    }
  };
  for (const object of toArray(value)) visit(object.value);
  return result;
}

function firstAddress(value: AddressObject | undefined): EmailAddress | null {
  return addresses(value)[0] ?? null;
}

function normaliseMessageId(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/^<+|>+$/g, "");
  return trimmed ? `<${trimmed}>` : null;
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
