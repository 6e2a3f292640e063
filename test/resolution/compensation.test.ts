import { and, eq } from "drizzle-orm";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditLog } from "../../src/audit/tables";
import { decideApproval } from "../../src/resolution/decide-approval";
import { sweepResolutionTimers } from "../../src/resolution/sweep-resolution-timers";
import { compensationBudgetMonths } from "../../src/resolution/tables";
import { notifications } from "../../src/workflow/tables";
import { makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { otherProcess, resolutionFixture } from "./resolution-fixture";

let t: Awaited<ReturnType<typeof createTestApp>>;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const pool of pools) await pool.end();
  await t.close();
});

const setUp = () =>
  resolutionFixture(
    t,
    "I was charged €64.50 twice for order 48177 and nobody has fixed it. I want the duplicate back.",
  );

describe("compensation: suggestion, authority, approvals", () => {
  it("suggests the remedy matched to the loss once the root cause and fault are known", async () => {
    const { api, caseId } = await setUp();
    const before = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(before.facts.loss).toEqual({ amount: 6450, text: "€64.50" });
    expect(before.suggestion).toEqual([]);
    await api.put(`/api/v1/cases/${caseId}/root-cause`, { key: "billing", fault: "yes" });
    const after = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(after.suggestion.map((s: { type: string; amount: number }) => [s.type, s.amount])).toEqual([
      ["charge_credit", 6450],
      ["gift_card", 1000],
    ]);
    expect(after.suggestion[0].reasons[0]).toContain("Credit a wrong charge");
    expect(after.authorityLeft).toMatchObject({ perCase: 5000, perMonth: 50_000, budget: 500_000 });
  });

  it("grants within authority on the spot and asks a supervisor above it, who decides", async () => {
    const { api, asSupervisor, caseId, agent, supervisor } = await setUp();
    const small = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "gift_card",
      amount: 1000,
    });
    expect(small.statusCode).toBe(201);
    expect(small.json()).toMatchObject({ status: "granted", budgetWarning: false });
    // 10.00 face value at 0.85 cost leaves 41.50 of the agent's 50 per case.
    const view = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(view.authorityLeft.perCase).toBe(4150);

    const big = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "charge_credit",
      amount: 6450,
    });
    expect(big.statusCode).toBe(202);
    const { approvalId } = big.json();
    expect(big.json()).toMatchObject({ status: "pending_approval", why: "per_case" });
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, supervisor.id));
    expect(told.map((n) => n.kind)).toEqual(["approval.requested"]);

    expect((await api.get("/api/v1/approvals?status=pending")).statusCode).toBe(403);
    expect(
      (await api.post(`/api/v1/approvals/${approvalId}/decision`, { approve: true, reason: "ok" }))
        .statusCode,
    ).toBe(403);
    const pending = (await asSupervisor.get("/api/v1/approvals?status=pending")).json();
    expect(pending.items.map((i: { id: string }) => i.id)).toEqual([approvalId]);
    expect(pending.items[0]).toMatchObject({
      why: "per_case",
      accommodation: { type: "charge_credit", cost: 6450 },
    });

    const decided = await asSupervisor.post(`/api/v1/approvals/${approvalId}/decision`, {
      approve: true,
      reason: "Our billing error, credit it in full",
    });
    expect(decided.json()).toMatchObject({ status: "approved" });
    const again = await asSupervisor.post(`/api/v1/approvals/${approvalId}/decision`, {
      approve: false,
      reason: "x",
    });
    expect(again.statusCode).toBe(409);
    const granted = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json().granted;
    expect(granted.map((g: { type: string; status: string }) => [g.type, g.status])).toEqual([
      ["gift_card", "granted"],
      ["charge_credit", "granted"],
    ]);
    expect(granted[1].grantedBy.id).toBe(supervisor.id);
    const agentTold = await t.db.select().from(notifications).where(eq(notifications.userId, agent.id));
    expect(agentTold.map((n) => n.kind)).toContain("approval.approved");
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, caseId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["accommodation.granted", "approval.requested", "approval.approved"]),
    );
  });

  it("refuses an item that asks work of the customer without a reason, and accepts it with one", async () => {
    const { api, caseId } = await setUp();
    const refused = await api.post(`/api/v1/cases/${caseId}/accommodations`, { type: "mail_in_repair" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details).toEqual([
      { field: "reason", reason: expect.stringContaining("post") },
    ]);
    const unknown = await api.post(`/api/v1/cases/${caseId}/accommodations`, { type: "free_yacht" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe("type");
    const withReason = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "mail_in_repair",
      reason: "The customer asked for a repair rather than a replacement",
    });
    // 25.00 is within the agent's 50 per case.
    expect(withReason.statusCode).toBe(201);
  });

  it("tracks a granted item to delivered with a reference", async () => {
    const { api, caseId } = await setUp();
    const { accommodationId } = (
      await api.post(`/api/v1/cases/${caseId}/accommodations`, { type: "coupon_amount", amount: 1000 })
    ).json();
    const missing = await api.post(`/api/v1/accommodations/${accommodationId}/delivered`, { reference: " " });
    expect(missing.statusCode).toBe(400);
    expect(
      (await api.post(`/api/v1/accommodations/${accommodationId}/delivered`, { reference: "SORRY-10" }))
        .statusCode,
    ).toBe(200);
    const view = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(view.granted[0]).toMatchObject({ status: "delivered", deliveryReference: "SORRY-10" });
    expect(view.economics).toMatchObject({ given: 600, committed: 600, replacementCost: 3000 });
  });

  it("lets only admins read and change the compensation settings, and names a bad field", async () => {
    const { api, asSupervisor, asAdmin } = await setUp();
    expect((await api.get("/api/v1/settings/compensation")).statusCode).toBe(403);
    expect(
      (await asSupervisor.put("/api/v1/settings/compensation", { budget: { monthly: 1, warnAtShare: 0.8 } }))
        .statusCode,
    ).toBe(403);
    const settings = (await asAdmin.get("/api/v1/settings/compensation")).json();
    expect(settings.catalog.length).toBeGreaterThanOrEqual(10);
    expect(settings.authority.roles.agent).toEqual({ perCase: 5000, perMonth: 50_000 });
    const bad = await asAdmin.put("/api/v1/settings/compensation", {
      rules: [{ name: "x", slot: "remedy", give: { type: "nope" }, reason: "y" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("rules.0.give.type");
    const saved = await asAdmin.put("/api/v1/settings/compensation", {
      budget: { monthly: 100_000, warnAtShare: 0.5 },
    });
    expect(saved.json().budget).toEqual({ monthly: 100_000, warnAtShare: 0.5 });
    expect(saved.json().rules.length).toBe(settings.rules.length);
  });
});

describe("the monthly budget", () => {
  it(`two approvals racing for the last of the budget cannot both spend it (${inject("databaseKind")} database)`, async () => {
    const { org, api, asAdmin, supervisor, openCase } = await setUp();
    const second = await makeUser(t.db, org.id, "supervisor", "Sid Supervisor");
    await asAdmin.put("/api/v1/settings/compensation", { budget: { monthly: 10_000, warnAtShare: 0.8 } });
    const approvals: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { caseId } = await openCase();
      const response = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
        type: "full_refund",
        amount: 6000,
      });
      expect(response.statusCode).toBe(202);
      approvals.push(response.json().approvalId);
    }
    const decide = (
      db: ReturnType<typeof otherProcess>,
      approvalId: string,
      who: { id: string; name: string },
    ) =>
      decideApproval({
        db,
        orgId: org.id,
        approvalId,
        actor: {
          kind: "user",
          orgId: org.id,
          userId: who.id,
          role: "supervisor",
          name: who.name,
          sessionToken: "",
        },
        approve: true,
        reason: "fine",
      });
    // A third session holds the month's budget row, so both decisions are in flight at once and
    // queue on it; when it lets go, the second must see what the first spent.
    const blocker = await t.pool.connect();
    await blocker.query("begin");
    await blocker.query("select * from compensation_budget_months where org_id = $1 for update", [org.id]);
    const racing = Promise.allSettled([
      decide(otherProcess(t.url, pools), approvals[0]!, supervisor),
      decide(otherProcess(t.url, pools), approvals[1]!, second),
    ]);
    await expect
      .poll(async () => {
        const { rows } = await t.pool.query(
          "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%compensation_budget_months%'",
        );
        return rows[0].n;
      })
      .toBe(2);
    await blocker.query("commit");
    blocker.release();
    const results = await racing;
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain("only an admin can approve");
    const [budget] = await t.db
      .select()
      .from(compensationBudgetMonths)
      .where(and(eq(compensationBudgetMonths.orgId, org.id)));
    expect(budget!.spent).toBe(6000);

    // An admin may go past the budget; it is recorded as such.
    const loser = approvals[results.findIndex((r) => r.status === "rejected")]!;
    const byAdmin = await asAdmin.post(`/api/v1/approvals/${loser}/decision`, {
      approve: true,
      reason: "VIP, worth it",
    });
    expect(byAdmin.json().status).toBe("approved");
    const [after] = await t.db
      .select()
      .from(compensationBudgetMonths)
      .where(eq(compensationBudgetMonths.orgId, org.id));
    expect(after!.spent).toBe(12_000);
  });

  it("sends a grant that would pass the budget to the admins, and warns at 80 %", async () => {
    const { api, asAdmin, caseId, admin } = await setUp();
    await asAdmin.put("/api/v1/settings/compensation", { budget: { monthly: 2000, warnAtShare: 0.8 } });
    const first = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "full_refund",
      amount: 1700,
    });
    expect(first.json()).toMatchObject({ status: "granted", budgetWarning: true });
    const second = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "charge_credit",
      amount: 500,
    });
    expect(second.json()).toMatchObject({ status: "pending_approval", why: "budget" });
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, admin.id));
    expect(told.map((n) => n.kind)).toEqual(["approval.requested"]);
  });
});

describe("the month at a glance and the approval clock", () => {
  it("sums the month's compensation against the customers' value, and flags a late approval once", async () => {
    const { org, api, asSupervisor, caseId, supervisor, agent } = await setUp();
    await api.post(`/api/v1/cases/${caseId}/accommodations`, { type: "gift_card", amount: 2000 });
    const { approvalId } = (
      await api.post(`/api/v1/cases/${caseId}/accommodations`, { type: "full_refund", amount: 6450 })
    ).json();
    const summary = (await asSupervisor.get("/api/v1/compensation/summary")).json();
    expect(summary).toMatchObject({
      spent: 1700,
      committed: 1700,
      given: 0,
      cases: 1,
      replacementCost: 8500,
    });
    expect(summary.byType).toEqual([{ type: "gift_card", label: "Gift card", count: 1, cost: 1700 }]);
    expect((await api.get("/api/v1/compensation/summary")).statusCode).toBe(403);

    const late = new Date(Date.now() + 5 * 3_600_000);
    await Promise.all([
      sweepResolutionTimers({ db: otherProcess(t.url, pools), now: late, orgId: org.id }),
      sweepResolutionTimers({ db: otherProcess(t.url, pools), now: late, orgId: org.id }),
    ]);
    await sweepResolutionTimers({ db: t.db, now: new Date(late.getTime() + 3_600_000), orgId: org.id });
    const kinds = async (userId: string) =>
      (await t.db.select().from(notifications).where(eq(notifications.userId, userId)))
        .map((n) => n.kind)
        .filter((kind) => kind === "approval.late");
    expect(await kinds(supervisor.id)).toEqual(["approval.late"]);
    expect(await kinds(agent.id)).toEqual(["approval.late"]);
    const pending = (await asSupervisor.get("/api/v1/approvals")).json();
    expect(pending.items.find((i: { id: string }) => i.id === approvalId).breachedAt).not.toBeNull();
  });
});
