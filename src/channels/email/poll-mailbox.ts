import { and, eq, sql } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db, Tx } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { checkEmailSize } from "./check-email-size";
import { ingestEmail } from "./ingest-email";
import { recordRefusedEmail } from "./record-refused-email";
import { openSecret } from "./secret-box";
import { emailChannels } from "./tables";

type Channel = typeof emailChannels.$inferSelect;
export type PollResult = { skipped?: "busy" | "not_found"; fetched: number; stored: number; error?: string };

// One poll of one mailbox. A transaction-scoped advisory lock keeps two workers off the same
// mailbox; each message's last UID is advanced in the transaction that stores it, so a restart
// resumes exactly after the last stored message, and Message-ID dedupe covers the rest.
export async function pollMailbox(options: {
  db: Db;
  config: Config;
  jobs: JobRunner;
  log: Logger;
  channelId: string;
  maxMessages?: number;
}): Promise<PollResult> {
  const { db, channelId } = options;
  return db.transaction(async (lockTx) => {
    const [lock] = await lockTx
      .execute<{ ok: boolean }>(
        sql`select pg_try_advisory_xact_lock(hashtextextended(${`email-poll:${channelId}`}, 0)) as ok`,
      )
      .then((r) => r.rows);
    if (!lock?.ok) return { skipped: "busy", fetched: 0, stored: 0 };
    const [channel] = await db.select().from(emailChannels).where(eq(emailChannels.id, channelId));
    if (!channel?.enabled || !channel.imapHost) return { skipped: "not_found", fetched: 0, stored: 0 };
    const result: PollResult = { fetched: 0, stored: 0 };
    // The stamp is written in the lock's transaction, so it becomes visible as the lock is released:
    // whoever sees the poll finished can poll again at once without being told "busy".
    try {
      await pollWith({ ...options, channel, result });
      await lockTx
        .update(emailChannels)
        .set({ lastPolledAt: new Date(), lastPollError: null, nextPollAt: nextPoll(channel) })
        .where(eq(emailChannels.id, channelId));
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
      options.log.warn({ channelId, err: result.error }, "mailbox poll failed");
      await lockTx
        .update(emailChannels)
        .set({
          lastPolledAt: new Date(),
          lastPollError: result.error.slice(0, 500),
          nextPollAt: nextPoll(channel),
        })
        .where(eq(emailChannels.id, channelId));
    }
    return result;
  });
}

async function pollWith(options: {
  db: Db;
  config: Config;
  jobs: JobRunner;
  channel: Channel;
  result: PollResult;
  maxMessages?: number;
}) {
  const { db, config, jobs, channel, result } = options;
  const client = new ImapFlow({
    host: channel.imapHost!,
    port: channel.imapPort ?? (channel.imapTls ? 993 : 143),
    secure: channel.imapTls,
    auth: {
      user: channel.imapUser ?? channel.address,
      pass: channel.imapPassword
        ? openSecret({ secretKey: config.secretKey, sealed: channel.imapPassword })
        : "",
    },
    logger: false,
  });
  await client.connect();
  try {
    const lock = await client.getMailboxLock(channel.imapMailbox);
    try {
      const box = client.mailbox;
      const uidValidity = box ? Number(box.uidValidity) : null;
      let lastUid = channel.imapLastUid;
      if (uidValidity !== null && channel.imapUidValidity !== uidValidity) {
        // A rebuilt mailbox renumbers its UIDs: start over; Message-ID dedupe prevents doubles.
        lastUid = 0;
        await db
          .update(emailChannels)
          .set({ imapUidValidity: uidValidity, imapLastUid: 0 })
          .where(eq(emailChannels.id, channel.id));
      }
      const pending: { uid: number; size: number; envelope: Envelope }[] = [];
      for await (const item of client.fetch(
        `${lastUid + 1}:*`,
        { uid: true, size: true, envelope: true },
        { uid: true },
      )) {
        // "N:*" also matches the highest UID when it is below N.
        if (item.uid > lastUid)
          pending.push({ uid: item.uid, size: item.size ?? Number.NaN, envelope: item.envelope as Envelope });
      }
      pending.sort((a, b) => a.uid - b.uid);
      for (const item of pending.slice(0, options.maxMessages ?? 200)) {
        result.fetched += 1;
        const advance = async (tx: Tx | Db) => {
          await tx
            .update(emailChannels)
            .set({ imapLastUid: sql`greatest(${emailChannels.imapLastUid}, ${item.uid})` })
            .where(
              and(
                eq(emailChannels.id, channel.id),
                // Only within the UIDVALIDITY this poll read: a concurrent reset must win.
                sql`${emailChannels.imapUidValidity} is not distinct from ${uidValidity}`,
              ),
            );
        };
        const outcome = checkEmailSize({ size: item.size, maxBytes: channel.maxMessageBytes }).tooLarge
          ? await refuseTooLarge({ db, jobs, channel, item, onStored: advance })
          : await ingestEmail({
              db,
              config,
              jobs,
              channel,
              raw: await fetchSource(client, item.uid),
              onStored: advance,
            });
        if (outcome.status === "stored" || outcome.status === "refused") result.stored += 1;
        else await advance(db);
        // After the commit: a crash before this line only leaves the message unflagged.
        if (channel.imapMoveTo) await client.messageMove(String(item.uid), channel.imapMoveTo, { uid: true });
        else await client.messageFlagsAdd(String(item.uid), ["\\Seen"], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

type Envelope = {
  from?: { name?: string; address?: string }[];
  subject?: string;
  messageId?: string;
  date?: Date;
};

async function refuseTooLarge(options: {
  db: Db;
  jobs: JobRunner;
  channel: Channel;
  item: { uid: number; size: number; envelope: Envelope };
  onStored: (tx: Tx) => Promise<void>;
}) {
  const { item } = options;
  const sender = item.envelope?.from?.[0];
  if (!sender?.address) return { status: "ignored" as const, reason: "too large, no sender" };
  const result = await recordRefusedEmail({
    db: options.db,
    jobs: options.jobs,
    channel: options.channel,
    from: { name: sender.name, address: sender.address.toLowerCase() },
    subject: item.envelope.subject ?? null,
    messageId: item.envelope.messageId ?? null,
    fallbackId: `${options.channel.id}:${item.uid}`,
    size: item.size,
    reason: "too_large",
    receivedAt: new Date(),
    onStored: options.onStored,
  });
  return { status: "refused" as const, ...result };
}

async function fetchSource(client: ImapFlow, uid: number): Promise<Buffer> {
  const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
  if (message === false || !message.source) throw new Error(`UID ${uid} has no source`);
  return message.source;
}

function nextPoll(channel: Channel): Date {
  return new Date(Date.now() + channel.pollEverySeconds * 1000);
}
