import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, interactions } from "../../src/cases/tables";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function setup() {
  const org = await makeOrg(t.db);
  const token = await makeToken(t.db, org.id);
  const agent = await makeUser(t.db, org.id);
  const cookie = await t.login(agent.email);
  const post = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  const put = (ref: string, payload: object) =>
    t.app.inject({
      method: "PUT",
      url: `/api/v1/customers/by-ref/${ref}`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  const getCase = async (id: string) =>
    (await t.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: { cookie } })).json();
  const correct = (interactionId: string, body: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/interactions/${interactionId}/corrections`,
      headers: { cookie },
      payload: body,
    });
  return { org, post, put, getCase, correct };
}

describe("triage on every inbound message", () => {
  it("stores the analysis with signals and raises the case's risk and priority", async () => {
    const { post, getCase } = await setup();
    const created = await post(
      makeMessage({
        text: "This is the THIRD time I'm writing!!! You charged me $250 twice for order #A5521. Cancel my account, I'm reporting you to the regulator.",
      }),
    );
    const detail = await getCase(created.json().caseId);
    const analysis = detail.interactions[0].analysis;
    expect(analysis.unhappiness.label).toBe("unhappy");
    const kinds = analysis.signals.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(["churn", "legal_threat", "repeat_contact", "money_lost"]));
    expect(analysis.money[0]).toMatchObject({ amount: 250, currency: "USD" });
    expect(analysis.modelVersion).toMatch(/^default-/);
    expect(detail.case.riskScore).toBe(analysis.risk.score);
    expect(analysis.risk.reasons.reduce((sum: number, r: { points: number }) => sum + r.points, 0)).toBe(
      analysis.risk.score,
    );
    expect(["high", "critical"]).toContain(detail.case.priority);
  });

  it("weighs what the business told us about the customer", async () => {
    const { post, put, getCase } = await setup();
    await put("vip-1", {
      emails: ["vip@example.com"],
      lifetimeValue: 25000,
      tier: "platinum",
      followers: 250000,
      advocate: true,
    });
    const text = "The replacement part still has not arrived and nobody has told me why.";
    const vip = await post(makeMessage({ from: { email: "vip@example.com" }, text }));
    const stranger = await post(makeMessage({ text }));
    const vipRisk = (await getCase(vip.json().caseId)).interactions[0].analysis.risk;
    const strangerRisk = (await getCase(stranger.json().caseId)).interactions[0].analysis.risk;
    expect(vipRisk.score).toBeGreaterThan(strangerRisk.score);
    expect(vipRisk.reasons.map((r: { factor: string }) => r.factor)).toEqual(
      expect.arrayContaining(["customer_value", "reach"]),
    );
  });
});

describe("corrections", () => {
  it("teach the organization's model in a job, and not another organization's", async () => {
    const a = await setup();
    const b = await setup();
    const text = "Well that was a wicked ride, absolutely killed it, the crew went nuts";
    const first = await a.post(makeMessage({ text }));
    const interactionId = (await a.getCase(first.json().caseId)).interactions[0].id;
    const before = (await a.getCase(first.json().caseId)).interactions[0].analysis.unhappiness.probability;

    const response = await a.correct(interactionId, { unhappy: false });
    expect(response.statusCode).toBe(202);
    await expect
      .poll(async () => (await a.getCase(first.json().caseId)).interactions[0].analysis.modelVersion, {
        timeout: 15_000,
      })
      .toMatch(/\+org-1$/);

    const similar = "That gig was wicked, the crew absolutely killed it";
    const again = await a.post(makeMessage({ text: similar }));
    const elsewhere = await b.post(makeMessage({ text: similar }));
    const adapted = (await a.getCase(again.json().caseId)).interactions[0].analysis;
    const untouched = (await b.getCase(elsewhere.json().caseId)).interactions[0].analysis;
    expect(adapted.unhappiness.probability).toBeLessThan(untouched.unhappiness.probability);
    expect(untouched.modelVersion).not.toContain("+org");
    expect(before).toBeGreaterThan(0);
  });

  it("refuses an empty correction and another organization's message", async () => {
    const a = await setup();
    const b = await setup();
    const created = await b.post(makeMessage());
    const id = (await b.getCase(created.json().caseId)).interactions[0].id;
    expect((await b.correct(id, {})).statusCode).toBe(400);
    expect((await a.correct(id, { unhappy: false })).statusCode).toBe(404);
    const rows = await t.db.select().from(interactions).where(eq(interactions.id, id));
    expect(rows).toHaveLength(1);
    const [kase] = await t.db.select().from(cases).where(eq(cases.id, created.json().caseId));
    expect(kase!.riskScore).not.toBeNull();
  });
});

describe("risk weights", () => {
  it("let an admin switch a factor off, which changes the next analysis", async () => {
    const org = await makeOrg(t.db);
    const token = await makeToken(t.db, org.id);
    const admin = await makeUser(t.db, org.id, "admin");
    const agent = await makeUser(t.db, org.id, "agent");
    const adminCookie = await t.login(admin.email);
    const agentCookie = await t.login(agent.email);
    const post = (text: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/messages",
        headers: { authorization: `Bearer ${token}` },
        payload: makeMessage({ text }),
      });
    const reasonsOf = async (caseId: string) =>
      (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/cases/${caseId}`,
          headers: { cookie: agentCookie },
        })
      )
        .json()
        .interactions[0].analysis.risk.reasons.map((r: { factor: string }) => r.factor);
    const text = "I am cancelling my subscription and switching to your competitor.";
    expect(await reasonsOf((await post(text)).json().caseId)).toContain("churn");

    const put = (cookie: string, payload: object) =>
      t.app.inject({ method: "PUT", url: "/api/v1/triage/settings", headers: { cookie }, payload });
    expect((await put(agentCookie, { riskWeights: { churn: 0 } })).statusCode).toBe(403);
    const bad = await put(adminCookie, { riskWeights: { churn: 9 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("riskWeights.churn");
    expect((await put(adminCookie, { riskWeights: { churn: 0 } })).statusCode).toBe(204);
    const settings = await t.app.inject({
      method: "GET",
      url: "/api/v1/triage/settings",
      headers: { cookie: agentCookie },
    });
    expect(settings.json().riskWeights).toEqual({ churn: 0 });
    expect(await reasonsOf((await post(text)).json().caseId)).not.toContain("churn");
  });
});
