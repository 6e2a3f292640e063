import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEmailSize } from "../../src/channels/email/check-email-size";
import { type ParsedEmail, parseEmail } from "../../src/channels/email/parse-email";
import { createReplyToken } from "../../src/channels/email/reply-token";
import { extractThreadHints } from "../../src/channels/email/thread-hints";
import { type RunningDovecot, startDovecot } from "../support/dovecot";

const orgId = "0b8f7a52-2f5e-4a8e-9d51-6b2c3d4e5f60";
const caseId = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const secret = "imap-test-secret";
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, "../fixtures/email", name), "latin1");

describe("mail read from a real IMAP mailbox", () => {
  let dir: string;
  let dovecot: RunningDovecot;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mend-imap-parse-"));
    dovecot = await startDovecot({ dir });
  });

  afterAll(async () => {
    await dovecot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("parses byte-exact sources fetched by UID, skipping oversized ones by RFC822.SIZE first", async () => {
    const token = createReplyToken({ orgId, caseId, secret });
    const replyUid = await dovecot.deliver(
      Buffer.from(fixture("reply-gmail.eml").replace("TOKEN", token), "latin1"),
    );
    const bounceUid = await dovecot.deliver(Buffer.from(fixture("bounce-report.eml"), "latin1"));
    const koi8Uid = await dovecot.deliver(Buffer.from(fixture("koi8-r.eml"), "latin1"));
    const bigUid = await dovecot.deliver(`Subject: big\r\n\r\n${"x".repeat(5000)}\r\n`);

    const client = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await client.connect();
    const parsedByUid = new Map<number, ParsedEmail>();
    const skipped: number[] = [];
    try {
      const lock = await client.getMailboxLock("INBOX");
      try {
        const sizes: { uid: number; size: number }[] = [];
        for await (const item of client.fetch("1:*", { uid: true, size: true }, { uid: true })) {
          sizes.push({ uid: item.uid, size: item.size ?? Number.NaN });
        }
        for (const { uid, size } of sizes) {
          if (checkEmailSize({ size, maxBytes: 4000 }).tooLarge) {
            skipped.push(uid);
            continue;
          }
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          const source = message === false ? undefined : message.source;
          if (!source) throw new Error(`UID ${uid} has no source`);
          parsedByUid.set(uid, await parseEmail({ raw: source }));
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }

    expect(skipped).toEqual([bigUid]);
    const reply = parsedByUid.get(replyUid);
    if (!reply) throw new Error("reply not parsed");
    expect(reply.newText).toContain("tracking link still says");
    expect(
      extractThreadHints({ parsed: reply, ownDomain: "reply.shop.example", replyTokenSecret: secret }),
    ).toMatchObject({
      replyToken: { orgId, caseId },
      inReplyTo: "<mend.abc@shop.example>",
      caseNumberFromSubject: 1234,
    });
    expect(parsedByUid.get(bounceUid)?.loop).toMatchObject({
      kind: "bounce",
      bouncedRecipients: ["gone@example.org", "full@example.net"],
    });
    expect(parsedByUid.get(koi8Uid)?.subject).toBe("Посылка не пришла");
  });
});
