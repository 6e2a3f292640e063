import { and, eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { interactions } from "../../src/cases/tables";
import type { Db } from "../../src/platform/db/client";
import type { RunningDovecot } from "../support/dovecot";

export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function interactionsOf(db: Db, orgId: string) {
  return db.select().from(interactions).where(eq(interactions.orgId, orgId));
}

export function interactionByMessageId(db: Db, orgId: string, messageId: string) {
  return db
    .select()
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.emailMessageId, messageId)))
    .then((rows) => rows[0]);
}

export function rawEmail(options: {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  text: string;
  headers?: Record<string, string>;
}): string {
  const extra = Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}\r\n`);
  return [
    `From: ${options.from}\r\n`,
    `To: ${options.to}\r\n`,
    `Subject: ${options.subject}\r\n`,
    `Message-ID: ${options.messageId}\r\n`,
    `Date: ${new Date().toUTCString()}\r\n`,
    ...extra,
    "MIME-Version: 1.0\r\n",
    "Content-Type: text/plain; charset=utf-8\r\n",
    "\r\n",
    `${options.text.replace(/\n/g, "\r\n")}\r\n`,
  ].join("");
}

export async function readMailbox(dovecot: RunningDovecot, mailbox = "INBOX") {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  const found: { uid: number; flags: Set<string>; source: Buffer }[] = [];
  try {
    const lock = await client.getMailboxLock(mailbox);
    try {
      for await (const item of client.fetch("1:*", { uid: true, flags: true, source: true }, { uid: true })) {
        found.push({ uid: item.uid, flags: item.flags ?? new Set(), source: item.source ?? Buffer.alloc(0) });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
  return found;
}
