import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { cases } from "../../src/cases/tables";
import type { JobDefinition } from "../../src/platform/jobs/define-job";
import { startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";
import { resolutionSweepJob } from "../../src/resolution/resolution-sweep-job";
import { sweepResolutionTimers } from "../../src/resolution/sweep-resolution-timers";
import { casePromises } from "../../src/resolution/tables";
import { notifications } from "../../src/workflow/tables";
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

const HOUR = 3_600_000;

const setUp = () => resolutionFixture(t);

async function promiseKinds(userId: string) {
  const rows = await t.db.select().from(notifications).where(eq(notifications.userId, userId));
  return rows
    .map((row) => row.kind)
    .filter((kind) => kind.startsWith("promise."))
    .sort();
}

describe("promises", () => {
  it("records a promise, shows it in the plan, and keeps it only on evidence", async () => {
    const { api, caseId } = await setUp();
    const dueAt = new Date(Date.now() + 48 * HOUR).toISOString();
    const past = await api.post(`/api/v1/cases/${caseId}/promises`, {
      kind: "refund_by",
      text: "Refund your €64.50",
      dueAt: new Date(Date.now() - HOUR).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details[0].field).toBe("dueAt");
    const created = await api.post(`/api/v1/cases/${caseId}/promises`, {
      kind: "refund_by",
      text: "Refund your €64.50",
      dueAt,
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const view = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(view.promises).toEqual([
      expect.objectContaining({ id, state: "open", owner: expect.objectContaining({ name: "Alex Agent" }) }),
    ]);
    expect(view.plan).toContain("• Refund your €64.50 — by");
    expect(view.plan).toContain("(Alex Agent)");

    const noEvidence = await api.post(`/api/v1/promises/${id}/kept`, { evidence: {} });
    expect(noEvidence.statusCode).toBe(400);
    const notDelivered = await api.post(`/api/v1/cases/${caseId}/accommodations`, {
      type: "full_refund",
      amount: 1000,
    });
    const linked = await api.post(`/api/v1/promises/${id}/kept`, {
      evidence: { accommodationId: notDelivered.json().accommodationId },
    });
    expect(linked.statusCode).toBe(400);
    expect(linked.json().error.details[0].field).toBe("evidence.accommodationId");
    await api.post(`/api/v1/accommodations/${notDelivered.json().accommodationId}/delivered`, {
      reference: "re_123",
    });
    expect(
      (
        await api.post(`/api/v1/promises/${id}/kept`, {
          evidence: { accommodationId: notDelivered.json().accommodationId },
        })
      ).statusCode,
    ).toBe(200);
    expect((await api.post(`/api/v1/promises/${id}/cancel`, { reason: "late" })).statusCode).toBe(409);
    const after = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(after.promises[0]).toMatchObject({ state: "kept" });
    expect(after.plan).toBeNull();
  });

  it("the coach flags a promise in a draft until it is registered from the finding, in one step", async () => {
    const { api, caseId } = await setUp();
    const day = new Date(Date.now() + 3 * 24 * HOUR).toLocaleDateString("en-GB", {
      weekday: "long",
      timeZone: "UTC",
    });
    const draft = {
      text: `Hi Casey, we will refund your order by ${day} 5 pm.`,
      channel: "email",
      stage: "update",
      caseId,
    };
    const unregistered = async () =>
      (await api.post("/api/v1/coach", draft))
        .json()
        .findings.filter((f: { ruleId: string }) => f.ruleId === "unregistered-promise");
    const [finding] = await unregistered();
    expect(finding.promise).toMatchObject({
      kind: "refund_by",
      text: `Hi Casey, we will refund your order by ${day} 5 pm.`,
    });
    expect(new Date(finding.promise.dueAt).getUTCHours()).toBe(17);
    const registered = await api.post(`/api/v1/cases/${caseId}/promises`, finding.promise);
    expect(registered.statusCode).toBe(201);
    expect(await unregistered()).toEqual([]);
  });

  it("cancels a promise with a reason", async () => {
    const { api, caseId } = await setUp();
    const { id } = (
      await api.post(`/api/v1/cases/${caseId}/promises`, {
        kind: "call_back_at",
        text: "Call you back",
        dueAt: new Date(Date.now() + HOUR).toISOString(),
      })
    ).json();
    expect((await api.post(`/api/v1/promises/${id}/cancel`, { reason: "" })).statusCode).toBe(400);
    expect(
      (await api.post(`/api/v1/promises/${id}/cancel`, { reason: "Customer prefers email" })).statusCode,
    ).toBe(200);
    const [row] = await t.db.select().from(casePromises).where(eq(casePromises.id, id));
    expect(row).toMatchObject({
      state: "cancelled",
      cancelReason: "Customer prefers email",
      nextCheckAt: null,
    });
  });

  it("reminds the owner once, then marks a missed promise broken exactly once, across two sweeps and a restart", async () => {
    const { org, agent, supervisor, api, caseId } = await setUp();
    const dueAt = new Date(Date.now() + 2 * HOUR);
    await api.post(`/api/v1/cases/${caseId}/promises`, {
      kind: "update_by",
      text: "Send you an update",
      dueAt: dueAt.toISOString(),
    });
    const [before] = await t.db.select({ priority: cases.priority }).from(cases).where(eq(cases.id, caseId));

    const reminderTime = new Date(dueAt.getTime() - 30 * 60_000);
    const first = otherProcess(t.url, pools);
    const second = otherProcess(t.url, pools);
    await Promise.all([
      sweepResolutionTimers({ db: first, now: reminderTime, orgId: org.id }),
      sweepResolutionTimers({ db: second, now: reminderTime, orgId: org.id }),
    ]);
    expect(await promiseKinds(agent.id)).toEqual(["promise.reminder"]);

    const late = new Date(dueAt.getTime() + 60_000);
    await Promise.all([
      sweepResolutionTimers({ db: first, now: late, orgId: org.id }),
      sweepResolutionTimers({ db: second, now: late, orgId: org.id }),
    ]);
    const restarted = otherProcess(t.url, pools);
    await sweepResolutionTimers({ db: restarted, now: new Date(late.getTime() + HOUR), orgId: org.id });
    expect(await promiseKinds(agent.id)).toEqual(["promise.broken", "promise.reminder"]);
    expect(await promiseKinds(supervisor.id)).toEqual(["promise.broken"]);
    const [after] = await t.db.select({ priority: cases.priority }).from(cases).where(eq(cases.id, caseId));
    expect([before!.priority, after!.priority]).toEqual(["normal", "high"]);
    const view = (await api.get(`/api/v1/cases/${caseId}/resolution`)).json();
    expect(view.promises[0].state).toBe("broken");
  });

  it("breaks a promise once through two job runners and again after one of them restarts", async () => {
    const { org, agent, api, caseId } = await setUp();
    const { id } = (
      await api.post(`/api/v1/cases/${caseId}/promises`, {
        kind: "call_back_at",
        text: "Call you back",
        dueAt: new Date(Date.now() + HOUR).toISOString(),
      })
    ).json();
    // Time travel for the sweep: the promise fell due a minute ago.
    await t.db
      .update(casePromises)
      .set({ dueAt: new Date(Date.now() - 60_000), nextCheckAt: new Date(Date.now() - 60_000) })
      .where(eq(casePromises.id, id));
    let handled = 0;
    const job: JobDefinition = {
      ...resolutionSweepJob,
      id: `test-resolution-sweep-${randomBytes(4).toString("hex")}`,
      schedule: undefined,
      async handle(payload, context) {
        await resolutionSweepJob.handle(payload as { orgId?: string }, context);
        handled++;
      },
    };
    const log = createLogger("silent");
    const start = () =>
      startJobRunner({
        url: t.url,
        db: otherProcess(t.url, pools),
        log,
        config: t.config,
        outbound: outboundAdapters,
        jobs: [job],
      });
    const a = await start();
    let b = await start();
    try {
      await Promise.all([
        a.send(job, { orgId: org.id }),
        b.send(job, { orgId: org.id }),
        a.send(job, { orgId: org.id }),
      ]);
      await expect.poll(() => handled, { timeout: 20_000 }).toBe(3);
      expect(await promiseKinds(agent.id)).toEqual(["promise.broken"]);
      await b.stop();
      b = await start();
      await Promise.all([a.send(job, { orgId: org.id }), b.send(job, { orgId: org.id })]);
      await expect.poll(() => handled, { timeout: 20_000 }).toBe(5);
      expect(await promiseKinds(agent.id)).toEqual(["promise.broken"]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
