import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, interactions } from "../../src/cases/tables";
import { customerIdentities, customers } from "../../src/customers/tables";
import { makeMessage, makeOrg, makeToken } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function setup() {
  const org = await makeOrg(t.db);
  const token = await makeToken(t.db, org.id);
  const post = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  return { org, post };
}

describe("POST /api/v1/messages", () => {
  it("stores a message, creates its customer and opens case number 1", async () => {
    const { org, post } = await setup();
    const response = await post(makeMessage({ externalId: "a-1" }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ caseNumber: 1, caseCreated: true, duplicate: false });
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.direction).toBe("inbound");
  });

  it("answers a repeated delivery with the original and 200, never a second row", async () => {
    const { org, post } = await setup();
    const message = makeMessage();
    const first = await post(message);
    const second = await post({ ...message, text: "a provider retry with changed text" });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ interactionId: first.json().interactionId, duplicate: true });
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe(message.text);
  });

  it("makes one interaction when ten copies arrive at the same moment", async () => {
    const { org, post } = await setup();
    const message = makeMessage();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(message)));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(9);
    expect(new Set(responses.map((r) => r.json().interactionId)).size).toBe(1);
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    expect(rows).toHaveLength(1);
    expect(await t.db.select().from(customers).where(eq(customers.orgId, org.id))).toHaveLength(1);
  });

  it("keeps the same externalId apart on different channels and organizations", async () => {
    const a = await setup();
    const b = await setup();
    expect((await a.post(makeMessage({ externalId: "same" }))).statusCode).toBe(201);
    expect(
      (await a.post(makeMessage({ externalId: "same", channel: "sms", from: { phone: "+1 555 0100" } })))
        .statusCode,
    ).toBe(201);
    expect((await b.post(makeMessage({ externalId: "same" }))).statusCode).toBe(201);
  });

  it("threads two identities of one customer into one case", async () => {
    const { org, post } = await setup();
    const email = await post(
      makeMessage({
        from: { name: "Robin", email: "robin@example.com", handle: "@RobinTweets" },
        channel: "twitter",
      }),
    );
    const byEmail = await post(makeMessage({ from: { email: "Robin@Example.com" } }));
    const byHandle = await post(
      makeMessage({ channel: "twitter", from: { handle: "robintweets" }, text: "still waiting" }),
    );
    expect(byEmail.json().caseId).toBe(email.json().caseId);
    expect(byHandle.json().caseId).toBe(email.json().caseId);
    expect(byHandle.json().customerId).toBe(email.json().customerId);
    const [row] = await t.db.select().from(cases).where(eq(cases.orgId, org.id));
    expect(row!.interactionCount).toBe(3);
  });

  it("makes one customer and one case when two messages from a new customer arrive at once", async () => {
    const { org, post } = await setup();
    // Several customers at once, each writing twice in the same moment, to give a race its chance.
    const senders = Array.from({ length: 5 }, (_, i) => ({ email: `twice-${i}@example.com` }));
    const responses = await Promise.all(
      senders.flatMap((from) => [
        post(makeMessage({ from, text: "Where is my parcel?" })),
        post(makeMessage({ from, text: "And why was I charged twice?" })),
      ]),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    for (let i = 0; i < senders.length; i++) {
      const [first, second] = [responses[2 * i]!.json(), responses[2 * i + 1]!.json()];
      expect(second.customerId).toBe(first.customerId);
      expect(second.caseId).toBe(first.caseId);
      expect([first.caseCreated, second.caseCreated].sort()).toEqual([false, true]);
    }
    expect(await t.db.select().from(customers).where(eq(customers.orgId, org.id))).toHaveLength(5);
    const opened = await t.db.select().from(cases).where(eq(cases.orgId, org.id));
    expect(opened.map((c) => c.interactionCount)).toEqual(Array(5).fill(2));
    expect(opened.map((c) => c.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it("makes one customer with every identity when a new person writes through two of them at once", async () => {
    const { org, post } = await setup();
    const [tweet, text] = await Promise.all([
      post(
        makeMessage({
          channel: "twitter",
          from: { name: "Noor", email: "noor@example.com", handle: "@NoorWrites" },
          text: "My refund never came",
        }),
      ),
      post(
        makeMessage({
          channel: "sms",
          from: { email: "NOOR@example.com", phone: "+44 7700 900123" },
          text: "Texting too: my refund never came",
        }),
      ),
    ]);
    expect([tweet.statusCode, text.statusCode]).toEqual([201, 201]);
    expect(text.json().customerId).toBe(tweet.json().customerId);
    expect(text.json().caseId).toBe(tweet.json().caseId);
    expect(await t.db.select().from(customers).where(eq(customers.orgId, org.id))).toHaveLength(1);
    const identities = await t.db
      .select({ kind: customerIdentities.kind, value: customerIdentities.value })
      .from(customerIdentities)
      .where(eq(customerIdentities.orgId, org.id));
    expect(identities.map((i) => `${i.kind}:${i.value}`).sort()).toEqual([
      "email:noor@example.com",
      "phone:+447700900123",
      "twitter:noorwrites",
    ]);
    const [kase] = await t.db.select().from(cases).where(eq(cases.orgId, org.id));
    expect(kase!.interactionCount).toBe(2);
  });

  it("opens a new case once the customer's previous case is closed", async () => {
    const { org, post } = await setup();
    const from = { email: "sam@example.com" };
    const first = await post(makeMessage({ from }));
    await t.db
      .update(cases)
      .set({ status: "closed" })
      .where(and(eq(cases.orgId, org.id), eq(cases.id, first.json().caseId)));
    const second = await post(makeMessage({ from }));
    expect(second.json()).toMatchObject({ caseNumber: 2, caseCreated: true });
  });

  it("numbers concurrently opened cases without gaps or repeats", async () => {
    const { org, post } = await setup();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(makeMessage())));
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = (await t.db.select({ n: cases.number }).from(cases).where(eq(cases.orgId, org.id))).map(
      (r) => r.n,
    );
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("rejects bad payloads with 400 naming each field, and stores nothing", async () => {
    const { org, post } = await setup();
    const response = await post({
      ...makeMessage(),
      channel: "carrier-pigeon",
      receivedAt: "yesterday",
      from: {},
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe("validation_failed");
    const fields = body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["channel", "receivedAt", "from"]));
    const missingText = await post({ ...makeMessage(), text: undefined });
    expect(missingText.json().error.details[0].field).toBe("text");
    expect(await t.db.select().from(interactions).where(eq(interactions.orgId, org.id))).toHaveLength(0);
  });

  it("refuses a missing or revoked token", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/messages", payload: makeMessage() });
    expect(response.statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      headers: { authorization: "Bearer mend_not-a-real-token" },
      payload: makeMessage(),
    });
    expect(wrong.statusCode).toBe(401);
  });
});
