import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../../src/cases/tables";
import { sweepSlaTimers } from "../../src/workflow/sweep-sla-timers";
import { notifications } from "../../src/workflow/tables";
import { makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { workflowFixture } from "./workflow-fixture";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const MINUTE = 60_000;

async function kindsFor(userId: string, prefix = "help_request.") {
  const rows = await t.db.select().from(notifications).where(eq(notifications.userId, userId));
  return rows
    .map((row) => row.kind)
    .filter((kind) => kind.startsWith(prefix))
    .sort();
}

describe("internal escalation (help requests)", () => {
  it("puts an urgent request at the top of the supervisor's list while the agent keeps the case", async () => {
    const { org, agent, api, as, openCase } = await workflowFixture(t);
    const supervisor = await makeUser(t.db, org.id, "supervisor", "Sue Supervisor");
    const boss = as(await t.login(supervisor.email));
    const first = await openCase({ from: { email: "one@example.com" } });
    const second = await openCase({ from: { email: "two@example.com" } });
    await api.post(`/api/v1/cases/${first.caseId}/assign`, { userId: agent.id });
    const dueAt = new Date(Date.now() + 60 * MINUTE).toISOString();
    const normal = await api.post(`/api/v1/cases/${first.caseId}/help-requests`, {
      to: "supervisor",
      priority: "normal",
      dueAt,
      note: "Can we refund shipping too?",
    });
    expect(normal.statusCode).toBe(201);
    const urgent = await api.post(`/api/v1/cases/${second.caseId}/help-requests`, {
      to: "supervisor",
      priority: "critical",
      dueAt: new Date(Date.now() + 90 * MINUTE).toISOString(),
      note: "Customer is posting publicly, need approval for a replacement",
    });
    const queue = (await boss.get("/api/v1/help-requests?for=me")).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([urgent.json().id, normal.json().id]);
    expect(await kindsFor(supervisor.id)).toEqual(["help_request.created", "help_request.created"]);

    const view = (await api.get(`/api/v1/cases/${first.caseId}/workflow`)).json();
    expect(view.status).toBe("waiting_internal");
    expect(view.owner.id).toBe(agent.id);
    expect(view.helpRequests[0]).toMatchObject({
      status: "open",
      priority: "normal",
      to: { kind: "supervisor" },
    });

    const answered = await boss.post(`/api/v1/help-requests/${normal.json().id}/answer`, {
      answer: "Yes, refund the shipping as well.",
    });
    expect(answered.statusCode).toBe(200);
    const after = (await api.get(`/api/v1/cases/${first.caseId}/workflow`)).json();
    expect(after.status).toBe("open");
    expect(after.owner.id).toBe(agent.id);
    expect(await kindsFor(agent.id)).toEqual(["help_request.answered"]);
    const again = await boss.post(`/api/v1/help-requests/${normal.json().id}/answer`, { answer: "twice" });
    expect(again.statusCode).toBe(409);
  });

  it("runs the request's own clock: one warning to the team, one breach to supervisors and the agent", async () => {
    const { org, agent, api, as, openCase } = await workflowFixture(t);
    const billing = await makeUser(t.db, org.id, "agent", "Bill Billing");
    const supervisor = await makeUser(t.db, org.id, "supervisor", "Sue Supervisor");
    const admin = await makeUser(t.db, org.id, "admin", "Ada Admin");
    await as(await t.login(admin.email)).put("/api/v1/settings/workflow", {
      teams: [{ key: "billing", name: "Billing", memberIds: [billing.id] }],
    });
    const { caseId } = await openCase();
    const created = await api.post(`/api/v1/cases/${caseId}/help-requests`, {
      to: "team",
      team: "billing",
      priority: "high",
      dueAt: new Date(Date.now() + 40 * MINUTE).toISOString(),
      note: "Double charge on the March invoice",
    });
    expect(created.statusCode).toBe(201);
    const billingView = (await as(await t.login(billing.email)).get("/api/v1/help-requests?for=me")).json();
    expect(billingView.items).toHaveLength(1);

    const warnTime = new Date(Date.now() + 35 * MINUTE);
    await Promise.all([
      sweepSlaTimers({ db: t.db, now: warnTime, orgId: org.id }),
      sweepSlaTimers({ db: t.db, now: warnTime, orgId: org.id }),
    ]);
    expect(await kindsFor(billing.id)).toEqual(["help_request.created", "help_request.warning"]);
    const breachTime = new Date(Date.now() + 45 * MINUTE);
    await Promise.all([
      sweepSlaTimers({ db: t.db, now: breachTime, orgId: org.id }),
      sweepSlaTimers({ db: t.db, now: breachTime, orgId: org.id }),
    ]);
    await sweepSlaTimers({ db: t.db, now: new Date(breachTime.getTime() + MINUTE), orgId: org.id });
    expect(await kindsFor(supervisor.id)).toEqual(["help_request.breached"]);
    expect(await kindsFor(agent.id)).toEqual(["help_request.breached"]);
    expect(await kindsFor(billing.id)).toEqual(["help_request.created", "help_request.warning"]);

    const outsider = await makeUser(t.db, org.id, "agent", "Not Billing");
    const refused = await as(await t.login(outsider.email)).post(
      `/api/v1/help-requests/${created.json().id}/answer`,
      { answer: "me neither" },
    );
    expect(refused.statusCode).toBe(403);
  });

  it("lets the agent who asked withdraw a request: the case stops waiting and the supervisor is told", async () => {
    const { org, agent, api, as, openCase } = await workflowFixture(t);
    const supervisor = await makeUser(t.db, org.id, "supervisor", "Sue Supervisor");
    const colleague = await makeUser(t.db, org.id, "agent", "Cal Colleague");
    const boss = as(await t.login(supervisor.email));
    const other = as(await t.login(colleague.email));
    const opened = await openCase({ from: { email: "withdraw@example.com" } });
    await api.post(`/api/v1/cases/${opened.caseId}/assign`, { userId: agent.id });
    const asked = await api.post(`/api/v1/cases/${opened.caseId}/help-requests`, {
      to: "supervisor",
      priority: "high",
      dueAt: new Date(Date.now() + 30 * MINUTE).toISOString(),
      note: "May I offer a voucher?",
    });
    const id = asked.json().id;
    expect((await other.post(`/api/v1/help-requests/${id}/withdraw`, {})).statusCode).toBe(403);

    const withdrawn = await api.post(`/api/v1/help-requests/${id}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(200);
    const view = (await api.get(`/api/v1/cases/${opened.caseId}/workflow`)).json();
    expect(view.status).toBe("open");
    expect(view.helpRequests[0]).toMatchObject({ status: "withdrawn", answer: null });
    expect(await kindsFor(supervisor.id)).toEqual(["help_request.created", "help_request.withdrawn"]);
    expect((await boss.get("/api/v1/help-requests?for=me")).json().items).toEqual([]);
    expect((await boss.get("/api/v1/help-requests?for=me&status=withdrawn")).json().items).toHaveLength(1);

    const late = await boss.post(`/api/v1/help-requests/${id}/answer`, { answer: "Yes" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe("This help request was already withdrawn.");
  });

  it("refuses a due time in the past and a team that does not exist", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const past = await api.post(`/api/v1/cases/${caseId}/help-requests`, {
      to: "supervisor",
      dueAt: new Date(Date.now() - MINUTE).toISOString(),
      note: "late",
    });
    expect(past.json().error.details[0].field).toBe("dueAt");
    const team = await api.post(`/api/v1/cases/${caseId}/help-requests`, {
      to: "team",
      team: "nobody",
      dueAt: new Date(Date.now() + MINUTE * 30).toISOString(),
      note: "help",
    });
    expect(team.json().error.details[0].field).toBe("team");
  });
});

describe("notifications and the playbook filled from what happened", () => {
  it("lists my notifications newest first and marks one read", async () => {
    const { org, api, openCase, agent } = await workflowFixture(t);
    const supervisor = await makeUser(t.db, org.id, "supervisor", "Sue Supervisor");
    for (let i = 0; i < 3; i++) {
      const { caseId } = await openCase({ from: { email: `n${i}@example.com` } });
      await t.app.inject({
        method: "POST",
        url: `/api/v1/cases/${caseId}/assign`,
        headers: { cookie: await t.login(supervisor.email) },
        payload: { userId: agent.id },
      });
    }
    const page1 = (await api.get("/api/v1/notifications?limit=2")).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await api.get(`/api/v1/notifications?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect((await api.post(`/api/v1/notifications/${page1.items[0].id}/read`)).statusCode).toBe(200);
    const unread = (await api.get("/api/v1/notifications?unread=true")).json();
    expect(unread.items).toHaveLength(2);
  });

  it("marks the apology and 'anything else?' done from a sent reply, for the agent to confirm", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const sent = await api.post(`/api/v1/cases/${caseId}/replies`, {
      stage: "first_reply",
      text: "Hi Casey, I am so sorry the lamp arrived broken, that was our packing mistake. A new one ships today and arrives Thursday. Is there anything else I can do for you?",
      override: { reason: "test reply" },
    });
    expect(sent.statusCode).toBe(201);
    const view = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    const item = (key: string) => view.playbook.find((i: { key: string }) => i.key === key);
    expect(item("apology_given")).toMatchObject({ done: true, source: "mend" });
    expect(item("apology_given").evidence.text).toContain("sorry the lamp arrived broken");
    expect(item("anything_else_asked")).toMatchObject({ done: true, source: "mend" });
    expect(item("desired_outcome")).toMatchObject({ done: false, source: null });
    const [row] = await t.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.status).toBe("open");
  });
});
