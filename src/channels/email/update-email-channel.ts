import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Db } from "../../platform/db/client";
import { AppError } from "../../platform/http/app-error";
import type { Principal } from "../../platform/http/auth";
import type { UpdateEmailChannelBody } from "./schema";
import { sealSecret } from "./secret-box";
import { emailChannels } from "./tables";

export async function updateEmailChannel(options: {
  db: Db;
  secretKey: string;
  orgId: string;
  channelId: string;
  actor: Principal;
  body: UpdateEmailChannelBody;
}) {
  const { db, orgId, body, secretKey } = options;
  const seal = (plaintext: string) => sealSecret({ secretKey, plaintext });
  const changes: Partial<typeof emailChannels.$inferInsert> = { updatedAt: new Date() };
  if (body.name !== undefined) changes.name = body.name;
  if (body.enabled !== undefined) changes.enabled = body.enabled;
  if (body.pollEverySeconds !== undefined) changes.pollEverySeconds = body.pollEverySeconds;
  if (body.maxMessageBytes !== undefined) changes.maxMessageBytes = body.maxMessageBytes;
  if (body.imap === null) {
    Object.assign(changes, { imapHost: null, imapPort: null, imapUser: null, imapPassword: null });
  } else if (body.imap) {
    const imap = body.imap;
    if (imap.host !== undefined) changes.imapHost = imap.host;
    if (imap.port !== undefined) changes.imapPort = imap.port;
    if (imap.tls !== undefined) changes.imapTls = imap.tls;
    if (imap.user !== undefined) changes.imapUser = imap.user;
    if (imap.password !== undefined) changes.imapPassword = seal(imap.password);
    if (imap.moveTo !== undefined) changes.imapMoveTo = imap.moveTo;
    // Another folder has other UIDs: start it from the beginning.
    if (imap.mailbox !== undefined)
      Object.assign(changes, { imapMailbox: imap.mailbox, imapUidValidity: null, imapLastUid: 0 });
  }
  if (body.smtp) {
    const smtp = body.smtp;
    if (smtp.host !== undefined) changes.smtpHost = smtp.host;
    if (smtp.port !== undefined) changes.smtpPort = smtp.port;
    if (smtp.tls !== undefined) changes.smtpTls = smtp.tls;
    if (smtp.user !== undefined) changes.smtpUser = smtp.user;
    if (smtp.password !== undefined)
      changes.smtpPassword = smtp.password === null ? null : seal(smtp.password);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(emailChannels)
      .set(changes)
      .where(and(eq(emailChannels.orgId, orgId), eq(emailChannels.id, options.channelId)))
      .returning();
    if (!row) throw AppError.notFound("That mailbox");
    if (row.imapHost && (!row.imapPort || !row.imapUser)) {
      throw new AppError("validation_failed", "IMAP needs a host, port and user.", {
        details: [{ field: "imap", reason: "incomplete" }],
      });
    }
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "email_channel.updated",
      entityType: "email_channel",
      entityId: row.id,
      data: { fields: Object.keys(body) },
    });
    return row;
  });
}
