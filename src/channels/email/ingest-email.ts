import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { storeAttachments } from "../../cases/store-attachments";
import { interactions } from "../../cases/tables";
import type { Config } from "../../config";
import { type IngestResult, ingestMessage } from "../../intake/ingest-message";
import type { Db, Tx } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { EmailRejectedError } from "./email-rejected-error";
import { findEmailCase } from "./find-email-case";
import { domainOf } from "./mailbox-address";
import { markBounces } from "./mark-bounces";
import { parseEmail } from "./parse-email";
import { recordRefusedEmail } from "./record-refused-email";
import { replyTokenSecret } from "./secret-box";
import type { emailChannels } from "./tables";
import { extractThreadHints } from "./thread-hints";

type Channel = typeof emailChannels.$inferSelect;

export type IngestEmailOutcome =
  | ({ status: "stored"; threadedBy: string | null } & IngestResult)
  | ({ status: "refused"; reason: string } & IngestResult)
  | { status: "ignored"; reason: string }
  | { status: "bounce"; recipients: string[] };

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

// The one path for every inbound email, whether IMAP, webhook or SMTP brought it. `onStored` runs
// in the interaction's transaction (an IMAP poll advances its last UID there).
export async function ingestEmail(options: {
  db: Db;
  config: Config;
  jobs: JobRunner;
  channel: Channel;
  raw: Buffer;
  onStored?: (tx: Tx, result: IngestResult) => Promise<void>;
}): Promise<IngestEmailOutcome> {
  const { db, config, channel, raw } = options;
  const orgId = channel.orgId;
  let parsed: Awaited<ReturnType<typeof parseEmail>>;
  try {
    parsed = await parseEmail({
      raw,
      limits: { maxBytes: channel.maxMessageBytes, maxAttachmentBytes: MAX_ATTACHMENT_BYTES },
    });
  } catch (error) {
    if (!(error instanceof EmailRejectedError)) throw error;
    const head = await readHeaders(raw);
    if (!head.from) return { status: "ignored", reason: `${error.code} without a sender` };
    const result = await recordRefusedEmail({
      db,
      jobs: options.jobs,
      channel,
      from: head.from,
      subject: head.subject,
      messageId: head.messageId,
      fallbackId: createHash("sha256").update(raw).digest("hex"),
      size: raw.length,
      reason: error.code,
      receivedAt: new Date(),
      onStored: options.onStored,
    });
    return { status: "refused", reason: error.code, ...result };
  }

  const from = parsed.from;
  if (!from) return { status: "ignored", reason: "no sender" };
  if (parsed.loop.kind === "bounce") {
    const recipients = parsed.loop.bouncedRecipients ?? [];
    await markBounces({ db, orgId, recipients, reason: parsed.loop.reason, raw });
    return { status: "bounce", recipients };
  }
  // Our own mail coming back (a copy in the mailbox, a forward loop) is never a customer message.
  if (from.address === channel.address.toLowerCase()) return { status: "ignored", reason: "own address" };
  if (parsed.messageId && (await isOurMessage({ db, orgId, messageId: parsed.messageId }))) {
    return { status: "ignored", reason: "own message" };
  }

  const hints = extractThreadHints({
    parsed,
    ownDomain: domainOf(channel.address),
    replyTokenSecret: replyTokenSecret(config.secretKey),
  });
  const found = await findEmailCase({ db, orgId, hints, fromAddress: from.address });
  // Robots may add to a conversation that exists, never start one.
  if (parsed.loop.kind !== "normal" && !found) {
    return { status: "ignored", reason: `${parsed.loop.kind}: ${parsed.loop.reason}` };
  }

  const attachments = await storeAttachments({
    dataDir: config.dataDir,
    orgId,
    attachments: parsed.attachments,
  });
  const text = (parsed.newText.trim() || parsed.text.trim() || "(no text)").slice(0, 100_000);
  const result = await ingestMessage({
    db,
    orgId,
    actor: null,
    caseId: found?.caseId,
    message: {
      channel: "email",
      externalId: parsed.messageId ?? `sha256:${parsed.sha256}`,
      receivedAt: (parsed.date && parsed.date.getTime() <= Date.now()
        ? parsed.date
        : new Date()
      ).toISOString(),
      from: { name: from.name.slice(0, 200) || undefined, email: from.address },
      subject: parsed.subject.slice(0, 500) || undefined,
      text,
    },
    email: {
      html: parsed.html,
      messageId: parsed.messageId,
      references: parsed.references,
      details: {
        channelId: channel.id,
        from: from.address,
        to: parsed.to.map((a) => a.address),
        cc: parsed.cc.map((a) => a.address),
        inReplyTo: parsed.inReplyTo,
        quotedText: parsed.quotedText,
        signature: parsed.signature,
        attachments,
        loop: parsed.loop,
        size: parsed.size,
        threadedBy: found?.by ?? null,
      },
    },
    onStored: options.onStored,
  });
  return { status: "stored", threadedBy: found?.by ?? null, ...result };
}

async function isOurMessage(options: { db: Db; orgId: string; messageId: string }): Promise<boolean> {
  const [row] = await options.db
    .select({ id: interactions.id })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, options.orgId),
        eq(interactions.direction, "outbound"),
        eq(interactions.emailMessageId, options.messageId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

// A refused message is not parsed whole; its header block is enough to say who sent it.
async function readHeaders(raw: Buffer) {
  const end = raw.indexOf("\r\n\r\n");
  const head = raw.subarray(0, Math.min(end === -1 ? raw.length : end + 4, 256 * 1024));
  const mail = await simpleParser(head).catch(() => null);
  const address = mail?.from?.value[0];
  return {
    from: address?.address ? { name: address.name, address: address.address.toLowerCase() } : null,
    subject: mail?.subject ?? null,
    messageId: mail?.messageId ? `<${mail.messageId.replace(/^<|>$/g, "")}>` : null,
  };
}
