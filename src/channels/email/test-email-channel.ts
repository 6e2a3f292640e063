import { and, eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import type { Db } from "../../platform/db/client";
import { AppError } from "../../platform/http/app-error";
import { createSmtpTransport } from "./create-smtp-transport";
import { openSecret } from "./secret-box";
import { emailChannels } from "./tables";

type Check = { ok: boolean; error: string | null };

// Tries the real servers, so an admin learns which half is misconfigured before mail goes missing.
export async function testEmailChannel(options: {
  db: Db;
  secretKey: string;
  orgId: string;
  channelId: string;
}) {
  const [channel] = await options.db
    .select()
    .from(emailChannels)
    .where(and(eq(emailChannels.orgId, options.orgId), eq(emailChannels.id, options.channelId)));
  if (!channel) throw AppError.notFound("That mailbox");
  const imap: Check | null = channel.imapHost
    ? await attempt(async () => {
        const client = new ImapFlow({
          host: channel.imapHost!,
          port: channel.imapPort ?? 993,
          secure: channel.imapTls,
          auth: {
            user: channel.imapUser ?? channel.address,
            pass: channel.imapPassword
              ? openSecret({ secretKey: options.secretKey, sealed: channel.imapPassword })
              : "",
          },
          logger: false,
        });
        await client.connect();
        try {
          await client.mailboxOpen(channel.imapMailbox, { readOnly: true });
        } finally {
          await client.logout().catch(() => client.close());
        }
      })
    : null;
  const smtp = await attempt(async () => {
    const transport = createSmtpTransport({ channel, secretKey: options.secretKey });
    try {
      await transport.verify();
    } finally {
      transport.close();
    }
  });
  return { ok: (imap?.ok ?? true) && smtp.ok, imap, smtp };
}

async function attempt(work: () => Promise<void>): Promise<Check> {
  try {
    await work();
    return { ok: true, error: null };
  } catch (error) {
    const detail = error as { message?: string; responseText?: string; authenticationFailed?: boolean };
    const message = detail.authenticationFailed
      ? "authentication failed"
      : (detail.responseText ?? detail.message);
    return { ok: false, error: String(message ?? error).slice(0, 300) };
  }
}
