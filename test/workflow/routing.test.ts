import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../src/accounts/tables";
import { cases, interactions } from "../../src/cases/tables";
import { routeNewCase } from "../../src/workflow/route-new-case";
import { makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { workflowFixture } from "./workflow-fixture";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function settingsAs(orgId: string, payload: object) {
  const admin = await makeUser(t.db, orgId, "admin", "Ada Admin");
  const response = await t.app.inject({
    method: "PUT",
    url: "/api/v1/settings/workflow",
    headers: { cookie: await t.login(admin.email) },
    payload,
  });
  expect(response.statusCode).toBe(200);
}

const routing = (extra: object = {}) => ({
  autoAssign: true,
  maxOpenCasesPerAgent: 25,
  defaultQueue: "general",
  specialistQueue: "specialists",
  specialistSkills: [],
  rules: [],
  ...extra,
});

async function ownersOf(orgId: string) {
  const rows = await t.db.select({ ownerId: cases.ownerId }).from(cases).where(eq(cases.orgId, orgId));
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row.ownerId, (counts.get(row.ownerId) ?? 0) + 1);
  return counts;
}

describe("routing on open", () => {
  it("leaves a case in the team queue by default", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const view = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    expect(view.owner).toBeNull();
    expect(view.queue).toBe("general");
  });

  it("balances open cases across agents by load, even when cases open at the same moment", async () => {
    const { org, agent, openCase } = await workflowFixture(t);
    const second = await makeUser(t.db, org.id, "agent", "Bo Agent");
    await settingsAs(org.id, { routing: routing() });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => openCase({ from: { email: `load-${i}@example.com` } })),
    );
    const counts = await ownersOf(org.id);
    expect(counts.get(agent.id)).toBe(3);
    expect(counts.get(second.id)).toBe(3);
  });

  it("sends a case matching a rule to the agent with the rule's skills", async () => {
    const { org, openCase } = await workflowFixture(t);
    const social = await makeUser(t.db, org.id, "agent", "Sam Social");
    await t.db
      .update(users)
      .set({ skills: ["social", "fr"] })
      .where(eq(users.id, social.id));
    await settingsAs(org.id, {
      routing: routing({
        autoAssign: false,
        rules: [{ name: "social desk", when: { channels: ["twitter"] }, assign: { skills: ["social"] } }],
      }),
    });
    const tweet = await openCase({ channel: "twitter", from: { handle: "@angry" } });
    const mail = await openCase();
    const [routed] = await t.db.select().from(cases).where(eq(cases.id, tweet.caseId));
    const [waiting] = await t.db.select().from(cases).where(eq(cases.id, mail.caseId));
    expect(routed!.ownerId).toBe(social.id);
    expect(waiting!.ownerId).toBeNull();
  });

  it("gives a case triage marked difficult to a specialist", async () => {
    const { org, openCase } = await workflowFixture(t);
    const specialist = await makeUser(t.db, org.id, "specialist", "Pat Specialist");
    await settingsAs(org.id, { routing: routing() });
    const { caseId } = await openCase();
    // Triage writes its analysis onto the interaction; routing reads it when the case opens.
    await t.db
      .update(interactions)
      .set({ analysis: { difficult: true, difficultReasons: ["threatens to go public"] } })
      .where(eq(interactions.caseId, caseId));
    await t.db.update(cases).set({ ownerId: null }).where(eq(cases.id, caseId));
    await t.db.transaction((tx) => routeNewCase({ tx, orgId: org.id, caseId }));
    const [row] = await t.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row).toMatchObject({ ownerId: specialist.id, queue: "specialists", difficult: true });
  });

  it("moves a case an agent flags difficult to the least-loaded specialist, keeping the history", async () => {
    const { org, agent, api, openCase } = await workflowFixture(t);
    const busy = await makeUser(t.db, org.id, "specialist", "Busy Specialist");
    const free = await makeUser(t.db, org.id, "specialist", "Free Specialist");
    const earlier = await openCase({ from: { email: "earlier@example.com" } });
    await t.db.update(cases).set({ ownerId: busy.id }).where(eq(cases.id, earlier.caseId));
    const { caseId } = await openCase();
    await api.post(`/api/v1/cases/${caseId}/assign`, { userId: agent.id });
    const flagged = await api.post(`/api/v1/cases/${caseId}/difficult`, {
      difficult: true,
      reason: "Third contact, very angry",
    });
    expect(flagged.statusCode).toBe(200);
    const view = flagged.json();
    expect(view.owner).toEqual({ id: free.id, name: "Free Specialist" });
    expect(view.difficult).toBe(true);
    expect(view.assignments.map((a: { reason: string }) => a.reason)).toEqual([
      "queue",
      "manual",
      "specialist",
    ]);
    expect(view.assignments[2].from).toEqual({ id: agent.id, name: "Alex Agent" });
  });

  it("lets a supervisor reassign a colleague's case but not an agent", async () => {
    const { org, agent, api, openCase } = await workflowFixture(t);
    const other = await makeUser(t.db, org.id, "agent", "Other Agent");
    const supervisor = await makeUser(t.db, org.id, "supervisor", "Sue Supervisor");
    const { caseId } = await openCase();
    expect((await api.post(`/api/v1/cases/${caseId}/assign`, { userId: agent.id })).statusCode).toBe(200);
    const otherCookie = await t.login(other.email);
    const grab = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseId}/assign`,
      headers: { cookie: otherCookie },
      payload: { userId: other.id },
    });
    expect(grab.statusCode).toBe(403);
    const moved = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseId}/assign`,
      headers: { cookie: await t.login(supervisor.email) },
      payload: { userId: other.id },
    });
    expect(moved.statusCode).toBe(200);
    const [row] = await t.db
      .select()
      .from(cases)
      .where(and(eq(cases.orgId, org.id), eq(cases.id, caseId)));
    expect(row!.ownerId).toBe(other.id);
    const notes = await t.app.inject({
      method: "GET",
      url: "/api/v1/notifications",
      headers: { cookie: otherCookie },
    });
    expect(notes.json().items.map((n: { kind: string }) => n.kind)).toEqual(["case.assigned"]);
  });
});
