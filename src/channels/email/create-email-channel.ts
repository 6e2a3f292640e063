import { hashSecretToken, newSecretToken } from "../../accounts/secret-token";
import { recordAudit } from "../../audit/record-audit";
import type { Db } from "../../platform/db/client";
import { AppError } from "../../platform/http/app-error";
import type { Principal } from "../../platform/http/auth";
import type { CreateEmailChannelBody } from "./schema";
import { sealSecret } from "./secret-box";
import { emailChannels } from "./tables";

// The webhook secret is returned here once and stored only as a hash.
export async function createEmailChannel(options: {
  db: Db;
  secretKey: string;
  orgId: string;
  actor: Principal;
  body: CreateEmailChannelBody;
}) {
  const { db, orgId, body, secretKey } = options;
  const webhookSecret = newSecretToken("mwh");
  const seal = (plaintext: string | undefined) => (plaintext ? sealSecret({ secretKey, plaintext }) : null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(emailChannels)
      .values({
        orgId,
        name: body.name,
        address: body.address,
        imapHost: body.imap?.host ?? null,
        imapPort: body.imap?.port ?? null,
        imapTls: body.imap?.tls ?? true,
        imapUser: body.imap?.user ?? null,
        imapPassword: seal(body.imap?.password),
        imapMailbox: body.imap?.mailbox ?? "INBOX",
        imapMoveTo: body.imap?.moveTo ?? null,
        smtpHost: body.smtp.host,
        smtpPort: body.smtp.port,
        smtpTls: body.smtp.tls,
        smtpUser: body.smtp.user ?? null,
        smtpPassword: seal(body.smtp.password),
        pollEverySeconds: body.pollEverySeconds,
        ...(body.maxMessageBytes ? { maxMessageBytes: body.maxMessageBytes } : {}),
        webhookSecretHash: hashSecretToken(webhookSecret),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError("conflict", `A mailbox for ${body.address} is already connected.`);
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "email_channel.created",
      entityType: "email_channel",
      entityId: row.id,
      data: { address: row.address },
    });
    return { row, webhookSecret };
  });
}
