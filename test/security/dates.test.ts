import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactions } from "../../src/cases/tables";
import { connectWebhookMailbox } from "../email/email-support";
import { makeMessage, makeOrg, makeToken } from "../support/factories";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";

// A date no clock can mean (year 9999 overflowed the SLA's time-zone maths into a 500) is refused
// at the door; a mail provider's odd Date header is taken as "now" for the SLA.
describe("dates from outside", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sink: RunningSmtpSink;
  beforeAll(async () => {
    [t, sink] = await Promise.all([createTestApp(), startSmtpSink()]);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it("refuses a message received in year 9999 or before 2000, naming receivedAt", async () => {
    const org = await makeOrg(t.db);
    const token = await makeToken(t.db, org.id);
    for (const receivedAt of ["9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"]) {
      const answer = await t.app.inject({
        method: "POST",
        url: "/api/v1/messages",
        payload: makeMessage({ receivedAt }),
        headers: { authorization: `Bearer ${token}` },
      });
      expect(answer.statusCode, answer.body).toBe(400);
      expect(answer.json().error.details[0].field).toBe("receivedAt");
    }
    const tomorrowish = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      payload: makeMessage({ receivedAt: tomorrowish }),
      headers: { authorization: `Bearer ${token}` },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it("takes an email dated in year 9999 or year 1 as received now", async () => {
    const { org, post } = await connectWebhookMailbox({ t, smtpPort: sink.port });
    const before = Date.now();
    for (const [i, date] of [
      "Fri, 31 Dec 9999 23:59:59 +0000",
      "Mon, 01 Jan 0001 00:00:00 +0000",
    ].entries()) {
      const raw = [
        "From: Tim Traveller <tim@customer.example>",
        "To: help@shop.example",
        `Subject: Odd clock ${i}`,
        `Message-ID: <odd-clock-${i}@customer.example>`,
        `Date: ${date}`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "My order never came and I am upset.",
        "",
      ].join("\r\n");
      const answer = await post(raw);
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json().status).toBe("stored");
    }
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });
});
