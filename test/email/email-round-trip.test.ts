import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cases, interactions } from "../../src/cases/tables";
import { emailChannels } from "../../src/channels/email/tables";
import { type RunningDovecot, startDovecot } from "../support/dovecot";
import { makeOrg, makeUser } from "../support/factories";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";
import { interactionByMessageId, JOB_WAIT, rawEmail, readMailbox } from "./email-support";

const goodReply =
  "Hi Jane, I am sorry your parcel never arrived; that is our mistake. I have sent a replacement by express today and it will reach you by Thursday. Is there anything else I can do for you?";

describe("the email channel against real IMAP and SMTP servers", () => {
  const dirs: string[] = [];
  let orgMailbox: RunningDovecot;
  let customerMailbox: RunningDovecot;
  let sink: RunningSmtpSink;
  let t: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    // Separate top-level directories: dovecot's own user must be able to reach each one.
    for (let i = 0; i < 2; i++) dirs.push(await mkdtemp(join(tmpdir(), "mend-email-e2e-")));
    [orgMailbox, customerMailbox, sink, t] = await Promise.all([
      startDovecot({ dir: dirs[0]! }),
      startDovecot({ dir: dirs[1]! }),
      startSmtpSink(),
      createTestApp(),
    ]);
  });

  afterAll(async () => {
    await t?.close();
    await Promise.all([orgMailbox?.stop(), customerMailbox?.stop(), sink?.stop()]);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function connectMailbox(address: string) {
    const org = await makeOrg(t.db, "Shop");
    const admin = await makeUser(t.db, org.id, "admin", "Sam Support");
    const cookie = await t.login(admin.email);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/channels/email",
      headers: { cookie },
      payload: {
        name: "Shop Support",
        address,
        imap: {
          host: orgMailbox.host,
          port: orgMailbox.port,
          tls: false,
          user: orgMailbox.user,
          password: orgMailbox.password,
        },
        smtp: { host: sink.host, port: sink.port, tls: false },
        pollEverySeconds: 60,
      },
    });
    expect(created.statusCode).toBe(201);
    const lastPolledAt = async () => {
      const [row] = await t.db
        .select({ at: emailChannels.lastPolledAt })
        .from(emailChannels)
        .where(eq(emailChannels.id, created.json().id));
      return row?.at?.getTime() ?? 0;
    };
    // Returns once the queued poll has finished: its messages are stored before it stamps the time.
    const poll = async (via = t) => {
      const before = await lastPolledAt();
      const response = await via.app.inject({
        method: "POST",
        url: `/api/v1/channels/email/${created.json().id}/poll`,
        headers: { cookie },
      });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ queued: true });
      await expect.poll(lastPolledAt, JOB_WAIT).toBeGreaterThan(before);
    };
    return { org, cookie, channel: created.json(), poll };
  }

  it("turns a mailed complaint into a case, threads the agent's reply, and joins the customer's answer", async () => {
    const { org, cookie, channel, poll } = await connectMailbox("support@shop.example");
    expect(channel).toMatchObject({ imap: { hasPassword: true }, smtp: { hasPassword: false } });
    expect(JSON.stringify(channel)).not.toContain(orgMailbox.password);
    const [stored] = await t.db.select().from(emailChannels).where(eq(emailChannels.id, channel.id));
    expect(stored?.imapPassword).not.toContain(orgMailbox.password);
    const listed = await t.app.inject({ method: "GET", url: "/api/v1/channels/email", headers: { cookie } });
    expect(listed.body).not.toContain(orgMailbox.password);
    expect(listed.body).not.toContain(channel.webhookSecret);

    // 1. The complaint arrives in the organization's mailbox.
    await orgMailbox.deliver(
      rawEmail({
        from: "Jane Doe <jane@customer.example>",
        to: "Shop Support <support@shop.example>",
        subject: "My parcel never arrived",
        messageId: "<complaint-1@customer.example>",
        text: "Hello,\n\nMy parcel never arrived and I am really upset. I needed it for a birthday.\n\nJane",
      }),
    );
    await poll();
    const complaint = await vi.waitFor(async () => {
      const row = await interactionByMessageId(t.db, org.id, "<complaint-1@customer.example>");
      expect(row).toBeDefined();
      return row!;
    }, JOB_WAIT);
    expect(complaint).toMatchObject({ direction: "inbound", channel: "email", authorName: "Jane Doe" });
    expect(complaint.text).toContain("My parcel never arrived");
    const [opened] = await t.db.select().from(cases).where(eq(cases.id, complaint.caseId));
    expect(opened).toMatchObject({ channel: "email", subject: "My parcel never arrived" });
    const seen = await readMailbox(orgMailbox);
    expect(seen.every((m) => m.flags.has("\\Seen"))).toBe(true);

    // 2. The agent replies; Mend sends it by SMTP, threaded under the complaint.
    const replied = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${complaint.caseId}/replies`,
      headers: { cookie },
      payload: { text: goodReply, stage: "first_reply" },
    });
    expect(replied.statusCode).toBe(201);
    const [sent] = await sink.waitForMessages(1, 15_000);
    const outbound = await vi.waitFor(async () => {
      const [row] = await t.db
        .select()
        .from(interactions)
        .where(eq(interactions.id, replied.json().interactionId));
      expect(row?.deliveryStatus).toBe("sent");
      return row!;
    }, JOB_WAIT);
    const mail = sent!.parsed;
    expect(sent!.envelope.to).toEqual(["jane@customer.example"]);
    expect(mail.from?.value[0]).toMatchObject({ address: "support@shop.example", name: "Shop Support" });
    expect(mail.subject).toBe(`Re: My parcel never arrived [#${opened!.number}]`);
    expect(mail.messageId).toBe(outbound.emailMessageId);
    expect(mail.messageId).toMatch(/^<mend\.[0-9a-f]{32}@shop\.example>$/);
    expect(mail.inReplyTo).toBe("<complaint-1@customer.example>");
    expect(mail.references).toBe("<complaint-1@customer.example>");
    const replyTo = mail.replyTo?.value[0]?.address ?? "";
    expect(replyTo).toMatch(/^support\+[a-z2-7]{64}@shop\.example$/);
    expect(mail.text).toContain("sent a replacement by express");
    expect(mail.html).toContain("sent a replacement by express");
    expect(mail.headers.get("auto-submitted")).toBeUndefined();

    // 3. It lands in the customer's own mailbox, threaded under her complaint.
    await customerMailbox.deliver(sent!.raw);
    const [inCustomerBox] = await readMailbox(customerMailbox);
    const received = await simpleParser(inCustomerBox!.source);
    expect(received.inReplyTo).toBe("<complaint-1@customer.example>");

    // 4. She answers from another address; the Reply-To token still finds the case.
    await orgMailbox.deliver(
      rawEmail({
        from: "Jane Doe <jane.doe@work.example>",
        to: replyTo,
        subject: `Re: ${received.subject}`,
        messageId: "<answer-1@work.example>",
        headers: {
          "In-Reply-To": received.messageId!,
          References: `<complaint-1@customer.example> ${received.messageId}`,
        },
        text: "Thank you, Thursday works.\n\nOn Mon, 3 Mar 2025 at 10:00, Shop Support <support@shop.example> wrote:\n> Hi Jane, I am sorry your parcel never arrived",
      }),
    );
    await poll();
    const answer = await vi.waitFor(async () => {
      const row = await interactionByMessageId(t.db, org.id, "<answer-1@work.example>");
      expect(row).toBeDefined();
      return row!;
    }, JOB_WAIT);
    expect(answer.caseId).toBe(complaint.caseId);
    expect(answer.text).toBe("Thank you, Thursday works.");
    expect(answer.emailDetails).toMatchObject({
      threadedBy: "token",
      quotedText: expect.stringContaining("> Hi Jane"),
    });

    // 5. A re-poll of the same mailbox adds nothing.
    await poll();
    const all = await t.db.select().from(interactions).where(eq(interactions.caseId, complaint.caseId));
    expect(all.map((i) => i.direction).sort()).toEqual(["inbound", "inbound", "outbound"]);
  });

  it("resumes after a restart mid-mailbox: nothing lost, nothing doubled", async () => {
    const { org, channel, poll } = await connectMailbox("orders@shop.example");
    const mailbox = "Restart";
    const first = await createTestApp();
    const cookie = await first.login((await makeUser(first.db, org.id, "admin")).email);
    await first.app.inject({
      method: "PATCH",
      url: `/api/v1/channels/email/${channel.id}`,
      headers: { cookie },
      payload: { imap: { mailbox } },
    });
    const ids = Array.from({ length: 5 }, (_, i) => `<restart-${i}@customer${i}.example>`);
    for (const [i, id] of ids.entries()) {
      await orgMailbox.deliver(
        rawEmail({
          from: `Customer ${i} <c${i}@customer${i}.example>`,
          to: "orders@shop.example",
          subject: `Order ${i} is late`,
          messageId: id,
          text: `My order number ${i} has not arrived and I am unhappy about it.`,
        }),
        mailbox,
      );
    }
    // The first process stores two messages, then stops.
    const { pollMailbox } = await import("../../src/channels/email/poll-mailbox");
    const { createLogger } = await import("../../src/platform/log");
    const log = createLogger("silent");
    const partial = await pollMailbox({
      db: first.db,
      config: first.config,
      jobs: first.jobs,
      log,
      channelId: channel.id,
      maxMessages: 2,
    });
    expect(partial, JSON.stringify(partial)).toMatchObject({ fetched: 2, stored: 2 });
    await first.close();

    // A new process polls through its HTTP API and the job runner.
    const second = await createTestApp();
    try {
      await poll(second);
      const count = () =>
        t.db
          .select()
          .from(interactions)
          .where(eq(interactions.orgId, org.id))
          .then((rows) => rows);
      expect((await count()).map((r) => r.emailMessageId).sort()).toEqual([...ids].sort());

      // Even a lost cursor (UID state wiped) doubles nothing: Message-IDs dedupe.
      await t.db.update(emailChannels).set({ imapLastUid: 0 }).where(eq(emailChannels.id, channel.id));
      const again = await pollMailbox({
        db: second.db,
        config: second.config,
        jobs: second.jobs,
        log,
        channelId: channel.id,
      });
      expect(again).toMatchObject({ fetched: 5 });
      expect((await count()).length).toBe(5);
      const [row] = await t.db.select().from(emailChannels).where(eq(emailChannels.id, channel.id));
      expect(row?.imapLastUid).toBeGreaterThanOrEqual(5);
      expect((await readMailbox(orgMailbox, mailbox)).every((m) => m.flags.has("\\Seen"))).toBe(true);
    } finally {
      await second.close();
    }
  });
});
