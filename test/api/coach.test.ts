import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactions } from "../../src/cases/tables";
import { ingestMessage } from "../../src/intake/ingest-message";
import { makeMessage, makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function caseWithAgent() {
  const org = await makeOrg(t.db);
  const agent = await makeUser(t.db, org.id, "agent", "Ana Agent");
  const admin = await makeUser(t.db, org.id, "admin", "Alex Admin");
  const ingested = await ingestMessage({
    db: t.db,
    orgId: org.id,
    actor: null,
    message: makeMessage({ from: { name: "Priya Raman", email: `priya-${org.slug}@example.com` } }),
  });
  const cookie = await t.login(agent.email);
  const adminCookie = await t.login(admin.email);
  const call = (method: "GET" | "POST" | "PUT", url: string, payload?: object, as = cookie) =>
    t.app.inject({ method, url, payload, headers: { cookie: as } });
  return { org, agent, caseId: ingested.caseId, call, adminCookie };
}

const goodReply =
  "Hi Priya, I am sorry the lamp arrived broken; that is our mistake. I have sent a replacement by express today and it will reach you by Thursday. Is there anything else I can do for you?";

describe("the reply coach over HTTP", () => {
  it("finds a non-apology and condescension with their exact positions", async () => {
    const { call, caseId } = await caseWithAgent();
    const text = "I'm sorry you feel that way. Please calm down, we will look into it.";
    const response = await call("POST", "/api/v1/coach", {
      text,
      channel: "email",
      stage: "first_reply",
      caseId,
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    const byRule = new Map(report.findings.map((f: { ruleId: string }) => [f.ruleId, f]));
    const nonApology = byRule.get("non-apology") as { start: number; end: number };
    expect(text.slice(nonApology.start, nonApology.end).toLowerCase()).toContain("sorry you feel");
    const condescension = byRule.get("condescension") as { severity: string; start: number; end: number };
    expect(condescension.severity).toBe("blocker");
    expect(text.slice(condescension.start, condescension.end).toLowerCase()).toBe("calm down");
    expect(report.score).toBeLessThan(70);
  });

  it("uses the organization's dictionary and switched-off rules", async () => {
    const { call, adminCookie, caseId } = await caseWithAgent();
    const text =
      "Hi Priya, I am sorry the Zephyrlite arrived broken. Calm down is not something I would say.";
    const before = (
      await call("POST", "/api/v1/coach", { text, channel: "email", stage: "update", caseId })
    ).json();
    expect(before.findings.some((f: { ruleId: string }) => f.ruleId === "condescension")).toBe(true);
    const refused = await call("PUT", "/api/v1/coach/settings", {
      disabledRules: ["condescension"],
      dictionaryWords: [],
    });
    expect(refused.statusCode).toBe(403);
    const bad = await call(
      "PUT",
      "/api/v1/coach/settings",
      { disabledRules: ["no-such-rule"], dictionaryWords: [] },
      adminCookie,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("disabledRules");
    const saved = await call(
      "PUT",
      "/api/v1/coach/settings",
      { disabledRules: ["condescension"], dictionaryWords: ["Zephyrlite"] },
      adminCookie,
    );
    expect(saved.statusCode).toBe(204);
    const after = (
      await call("POST", "/api/v1/coach", { text, channel: "email", stage: "update", caseId })
    ).json();
    expect(after.findings.some((f: { ruleId: string }) => f.ruleId === "condescension")).toBe(false);
    const rules = (await call("GET", "/api/v1/coach/rules")).json();
    expect(rules.items.find((r: { id: string }) => r.id === "condescension").enabled).toBe(false);
    expect(rules.dictionaryWords).toEqual(["Zephyrlite"]);
  });
});

describe("POST /api/v1/cases/:id/replies", () => {
  it("saves a good reply as an outbound interaction with its coach report", async () => {
    const { call, caseId } = await caseWithAgent();
    const response = await call("POST", `/api/v1/cases/${caseId}/replies`, {
      text: goodReply,
      stage: "first_reply",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().overridden).toBe(false);
    const detail = (await call("GET", `/api/v1/cases/${caseId}`)).json();
    const outbound = detail.interactions.find((i: { direction: string }) => i.direction === "outbound");
    expect(outbound.text).toBe(goodReply);
    expect(outbound.authorName).toBe("Ana Agent");
    expect(outbound.coachScore).toBe(response.json().report.score);
    expect(outbound.deliveryStatus).toBe("pending");
    expect(detail.case.status).toBe("open");
    const workflow = (await call("GET", `/api/v1/cases/${caseId}/workflow`)).json();
    expect(workflow.sla.firstResponseDueAt).toBeNull();
    expect(workflow.sla.outcomes.find((o: { clock: string }) => o.clock === "firstResponse")).toMatchObject({
      hit: true,
    });
  });

  it("refuses a reply with blockers, naming them, and keeps nothing", async () => {
    const { org, call, caseId } = await caseWithAgent();
    const response = await call("POST", `/api/v1/cases/${caseId}/replies`, {
      text: "Calm down. Obviously you should have read the instructions.",
      stage: "first_reply",
    });
    expect(response.statusCode).toBe(409);
    const reasons = response
      .json()
      .error.details.map((d: { reason: string }) => d.reason)
      .join(" ");
    expect(reasons).toContain("condescension");
    const rows = await t.db.select().from(interactions).where(eq(interactions.orgId, org.id));
    expect(rows.filter((r) => r.direction === "outbound")).toHaveLength(0);
  });

  it("sends a reply with blockers when the agent overrides with a reason, and records it", async () => {
    const { call, caseId, agent } = await caseWithAgent();
    const response = await call("POST", `/api/v1/cases/${caseId}/replies`, {
      text: "Calm down is what the customer asked us to write back, quoting their own words.",
      stage: "update",
      override: { reason: "Quoting the customer" },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().overridden).toBe(true);
    const detail = (await call("GET", `/api/v1/cases/${caseId}`)).json();
    const outbound = detail.interactions.find((i: { direction: string }) => i.direction === "outbound");
    expect(outbound.coachOverride).toMatchObject({ name: agent.name, reason: "Quoting the customer" });
    expect(outbound.coachOverride.blockers).toContain("condescension");
  });

  it("answers 404 for another organization's case", async () => {
    const a = await caseWithAgent();
    const b = await caseWithAgent();
    const response = await a.call("POST", `/api/v1/cases/${b.caseId}/replies`, {
      text: goodReply,
      stage: "update",
    });
    expect(response.statusCode).toBe(404);
  });
});
