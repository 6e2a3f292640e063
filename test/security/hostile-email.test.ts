import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactions } from "../../src/cases/tables";
import { emailChannels } from "../../src/channels/email/tables";
import { rawEmail } from "../email/email-support";
import { type RunningDovecot, startDovecot } from "../support/dovecot";
import { makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

// Hostile mail read over real IMAP: one bad message must never stall a mailbox.
describe("hostile email in a polled mailbox", () => {
  let dir: string;
  let dovecot: RunningDovecot;
  let t: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mend-hostile-email-"));
    [dovecot, t] = await Promise.all([startDovecot({ dir }), createTestApp()]);
  });
  afterAll(async () => {
    await t?.close();
    await dovecot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function connectMailbox(mailbox: string) {
    const org = await makeOrg(t.db, "Shop");
    const cookie = await t.login((await makeUser(t.db, org.id, "admin")).email);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/channels/email",
      headers: { cookie },
      payload: {
        name: "Shop Support",
        address: `${mailbox.toLowerCase()}@shop.example`,
        imap: {
          host: dovecot.host,
          port: dovecot.port,
          tls: false,
          user: dovecot.user,
          password: dovecot.password,
          mailbox,
        },
        smtp: { host: "127.0.0.1", port: 2525, tls: false },
        pollEverySeconds: 60,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const channelId = created.json().id as string;
    const poll = await t.app.inject({
      method: "POST",
      url: `/api/v1/channels/email/${channelId}/poll`,
      headers: { cookie },
    });
    expect(poll.statusCode).toBe(202);
    return { org, channelId };
  }

  it("stores a message with NUL bytes in its subject and text without them, and the next one too", async () => {
    // encoded, so the NUL bytes survive the IMAP server and only appear once decoded
    const encoded = (text: string) => Buffer.from(text, "utf8").toString("base64");
    const nul = [
      "From: Nina Null <nina@customer.example>",
      "To: nul@shop.example",
      `Subject: =?utf-8?B?${encoded("Broken\u0000 lamp")}?=`,
      "Message-ID: <nul-1@customer.example>",
      `Date: ${new Date().toUTCString()}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      encoded("The lamp\u0000 arrived broken and I want a refund."),
      "",
    ].join("\r\n");
    await dovecot.deliver(Buffer.from(nul, "utf8"), "Nul");
    const lastUid = await dovecot.deliver(
      rawEmail({
        from: "Otto Other <otto@customer.example>",
        to: "nul@shop.example",
        subject: "Late parcel",
        messageId: "<nul-2@customer.example>",
        text: "My parcel is a week late.",
      }),
      "Nul",
    );
    // the poll has read the mailbox once the cursor or an error is set
    const { org, channelId } = await connectMailbox("Nul");
    const readChannel = async () =>
      (await t.db.select().from(emailChannels).where(eq(emailChannels.id, channelId)))[0]!;
    await expect
      .poll(
        async () => {
          const row = await readChannel();
          return row.lastPollError ?? row.imapLastUid;
        },
        { timeout: 20_000 },
      )
      .toBe(lastUid);
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    const fromNina = rows.find((row) => row.emailMessageId === "<nul-1@customer.example>");
    expect(fromNina?.text).toContain("The lamp arrived broken");
    expect(fromNina?.subject).toBe("Broken lamp");
    expect(rows.find((row) => row.emailMessageId === "<nul-2@customer.example>")).toBeDefined();
  });
});
