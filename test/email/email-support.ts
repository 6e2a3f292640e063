import { and, eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { interactions } from "../../src/cases/tables";
import type { Db } from "../../src/platform/db/client";
import type { RunningDovecot } from "../support/dovecot";
import { makeOrg, makeUser } from "../support/factories";
import type { createTestApp } from "../support/test-app";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// How long a test waits for a job's work (a poll, a delivery) to show in the database.
export const JOB_WAIT = { timeout: 15_000, interval: 50 };

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

/** A new organisation with an admin and a webhook-only mailbox; `post` sends raw mail to its webhook. */
export async function connectWebhookMailbox(options: { t: TestApp; smtpPort: number; extra?: object }) {
  const { t, smtpPort } = options;
  const org = await makeOrg(t.db);
  const admin = await makeUser(t.db, org.id, "admin", "Sam Support");
  const cookie = await t.login(admin.email);
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/channels/email",
    headers: { cookie },
    payload: {
      name: "Shop",
      address: "help@shop.example",
      smtp: { host: "127.0.0.1", port: smtpPort, tls: false },
      ...options.extra,
    },
  });
  if (response.statusCode !== 201) throw new Error(`mailbox not created: ${response.body}`);
  const channel = response.json();
  const post = (raw: string | Buffer, postOptions: { secret?: string; contentType?: string } = {}) =>
    t.app.inject({
      method: "POST",
      url: `/inbound/email/${channel.id}`,
      headers: {
        "content-type": postOptions.contentType ?? "message/rfc822",
        authorization: `Bearer ${postOptions.secret ?? channel.webhookSecret}`,
      },
      payload: raw,
    });
  return { org, cookie, channel, post };
}
