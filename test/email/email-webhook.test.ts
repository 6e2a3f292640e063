import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { interactions } from "../../src/cases/tables";
import { emailBounces } from "../../src/customers/tables";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";
import {
  connectWebhookMailbox,
  interactionByMessageId,
  interactionsOf,
  JOB_WAIT,
  rawEmail,
} from "./email-support";

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, "../fixtures/email", name), "latin1");
const goodReply =
  "Hi Jane, I am sorry your parcel never arrived; that is our mistake. I have sent a replacement by express today and it will reach you by Thursday. Is there anything else I can do for you?";

describe("the inbound email webhook and the loop rules", () => {
  let sink: RunningSmtpSink;
  let t: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    [sink, t] = await Promise.all([startSmtpSink(), createTestApp()]);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  const setup = (smtpPort = sink.port, extra: object = {}) => connectWebhookMailbox({ t, smtpPort, extra });

  const complaint = (id: string, headers: Record<string, string> = {}) =>
    rawEmail({
      from: "Jane Doe <jane@customer.example>",
      to: "help@shop.example",
      subject: "Parcel lost",
      messageId: id,
      text: "My parcel never arrived and nobody answers me.",
      headers,
    });

  it("needs the channel's secret, stores a message once, and accepts raw MIME in a form field", async () => {
    const { org, post, channel } = await setup();
    expect((await post(complaint("<w1@customer.example>"), { secret: "wrong" })).statusCode).toBe(401);
    const first = await post(complaint("<w1@customer.example>"));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: "stored", duplicate: false });
    const replay = await post(complaint("<w1@customer.example>"));
    expect(replay.json()).toMatchObject({ status: "stored", duplicate: true, caseId: first.json().caseId });

    const boundary = "form-b";
    const form = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="to"\r\n\r\nhelp@shop.example\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n${complaint("<w2@customer.example>")}\r\n--${boundary}--\r\n`,
    );
    const viaForm = await post(form, { contentType: `multipart/form-data; boundary=${boundary}` });
    expect(viaForm.json()).toMatchObject({ status: "stored", caseId: first.json().caseId });
    const basic = await t.app.inject({
      method: "POST",
      url: `/inbound/email/${channel.id}`,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`api:${channel.webhookSecret}`).toString("base64")}`,
      },
      payload: new URLSearchParams({ "body-mime": complaint("<w3@customer.example>") }).toString(),
    });
    expect(basic.json()).toMatchObject({ status: "stored" });
    expect((await interactionsOf(t.db, org.id)).length).toBe(3);
  });

  it("stores attachments under DATA_DIR and keeps sanitized HTML and the quoted history apart", async () => {
    const { org, post } = await setup();
    const response = await post(fixture("multipart-attachments.eml"));
    expect(response.json().status).toBe("stored");
    const [row] = await interactionsOf(t.db, org.id);
    const details = row!.emailDetails as { attachments: { storedAs: string | null; contentType: string }[] };
    expect(details.attachments.length).toBeGreaterThan(0);
    for (const attachment of details.attachments.filter((a) => a.storedAs)) {
      expect(existsSync(join(t.config.dataDir, attachment.storedAs!))).toBe(true);
    }
    const hostile = await post(fixture("hostile-html.eml"));
    expect(hostile.json().status).toBe("stored");
    const stored = await interactionByMessageId(
      t.db,
      org.id,
      (await interactionsOf(t.db, org.id)).find((i) => i.html)!.emailMessageId!,
    );
    expect(stored?.html ?? "").not.toMatch(/<script|onerror=|javascript:/i);
  });

  it("opens no case for auto-replies or bulk mail, yet lets an auto-reply join a case it answers", async () => {
    const { org, post } = await setup();
    for (const name of ["auto-submitted.eml", "precedence-bulk.eml", "list-id.eml", "x-autoreply.eml"]) {
      expect((await post(fixture(name))).json().status, name).toBe("ignored");
    }
    expect(await interactionsOf(t.db, org.id)).toEqual([]);
    const opened = await post(complaint("<ooo-parent@customer.example>"));
    const outOfOffice = await post(
      complaint("<ooo@customer.example>", {
        "Auto-Submitted": "auto-replied",
        "In-Reply-To": "<ooo-parent@customer.example>",
      }),
    );
    expect(outOfOffice.json()).toMatchObject({ status: "stored", caseId: opened.json().caseId });
  });

  it("marks bounced addresses, fails the reply the bounce quotes, and ignores our own mail", async () => {
    const { org, post, cookie } = await setup();
    const opened = (await post(complaint("<b1@customer.example>"))).json();
    const before = sink.messages.length;
    const reply = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${opened.caseId}/replies`,
      headers: { cookie },
      payload: { text: goodReply, stage: "first_reply" },
    });
    const [, sent] = [await sink.waitForMessages(before + 1, 15_000), sink.messages[before]!];
    const outbound = await vi.waitFor(async () => {
      const [row] = await t.db
        .select()
        .from(interactions)
        .where(eq(interactions.id, reply.json().interactionId));
      expect(row?.deliveryStatus).toBe("sent");
      return row!;
    }, JOB_WAIT);
    expect((await post(sent.raw)).json()).toMatchObject({ status: "ignored" });

    const bounce = fixture("bounce-report.eml").replace("<mend.abc@shop.example>", outbound.emailMessageId!);
    expect((await post(bounce)).json()).toMatchObject({ status: "bounce" });
    const bounced = await t.db.select().from(emailBounces).where(eq(emailBounces.orgId, org.id));
    expect(bounced.map((b) => b.address).sort()).toEqual(["full@example.net", "gone@example.org"]);
    const [failed] = await t.db.select().from(interactions).where(eq(interactions.id, outbound.id));
    expect(failed).toMatchObject({
      deliveryStatus: "failed",
      deliveryError: expect.stringMatching(/^Bounced/),
    });

    // The customer panel warns that this address bounces.
    const fromGone = await post(
      rawEmail({
        from: "Gone Person <Gone@Example.org>",
        to: "help@shop.example",
        subject: "Hello?",
        messageId: "<b2@customer.example>",
        text: "Did you get my last mail? Nobody answered.",
      }),
    );
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${fromGone.json().caseId}`,
      headers: { cookie },
    });
    expect(detail.json().customer.identities).toEqual([
      expect.objectContaining({ channel: "email", bounce: expect.objectContaining({ count: 1 }) }),
    ]);
    const jane = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${opened.caseId}`,
      headers: { cookie },
    });
    expect(jane.json().customer.identities[0].bounce).toBeUndefined();
  });

  it("refuses oversized mail with a trace on the case and tells the sender, at most three times a day", async () => {
    const { org, post } = await setup(sink.port, { maxMessageBytes: 2048 });
    const before = sink.messages.length;
    for (let i = 0; i < 5; i++) {
      const big = rawEmail({
        from: "Big Sender <big@customer.example>",
        to: "help@shop.example",
        subject: "Photos of the damage",
        messageId: `<big-${i}@customer.example>`,
        text: "x".repeat(4000),
      });
      expect((await post(big)).json()).toMatchObject({ status: "refused" });
    }
    const rows = await interactionsOf(t.db, org.id);
    const inbound = rows.filter((r) => r.direction === "inbound");
    expect(inbound).toHaveLength(5);
    expect(inbound[0]!.text).toMatch(/was refused: it is \d KB, over the 2 KB limit/);
    // The cap is applied when a notice is queued: three notices exist, and once all three are
    // delivered no other mail to the sender can still be on its way.
    const outbound = rows.filter((r) => r.direction === "outbound");
    expect(outbound).toHaveLength(3);
    const delivered = async () =>
      (await interactionsOf(t.db, org.id)).filter(
        (r) => r.direction === "outbound" && r.deliveryStatus === "sent",
      );
    await expect.poll(async () => (await delivered()).length, JOB_WAIT).toBe(3);
    const notices = sink.messages.slice(before).filter((m) => m.envelope.to.includes("big@customer.example"));
    expect(notices).toHaveLength(3);
    expect(notices[0]!.parsed.headers.get("auto-submitted")).toBe("auto-replied");
  });

  it("records a delivery failure on the interaction for the agent to see", async () => {
    const { org, post, cookie } = await setup(1);
    const opened = (await post(complaint("<f1@customer.example>"))).json();
    const reply = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${opened.caseId}/replies`,
      headers: { cookie },
      payload: { text: goodReply, stage: "first_reply" },
    });
    const row = await vi.waitFor(async () => {
      const [found] = await t.db
        .select()
        .from(interactions)
        .where(and(eq(interactions.orgId, org.id), eq(interactions.id, reply.json().interactionId)));
      expect(found?.deliveryError).toBeTruthy();
      return found!;
    }, JOB_WAIT);
    expect(row.deliveryError).toMatch(/ECONNREFUSED|connect/i);
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${opened.caseId}`,
      headers: { cookie },
    });
    expect(detail.json().interactions.find((i: { id: string }) => i.id === row.id).deliveryError).toBe(
      row.deliveryError,
    );
  });
});
