import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { cases } from "../../src/cases/tables";
import { customerIdentities } from "../../src/customers/tables";
import type { JobDefinition } from "../../src/platform/jobs/define-job";
import { startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";
import { slaSweepJob } from "../../src/workflow/sla-sweep-job";
import { sweepSlaTimers } from "../../src/workflow/sweep-sla-timers";
import { notifications, slaAlerts } from "../../src/workflow/tables";
import { transitionCase } from "../../src/workflow/transition-case";
import { makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { workflowFixture } from "./workflow-fixture";

let t: Awaited<ReturnType<typeof createTestApp>>;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const pool of pools) await pool.end();
  await t.close();
});

// A second process: its own connections to the same database.
function otherProcess() {
  const pool = new pg.Pool({ connectionString: t.url, max: 4 });
  pools.push(pool);
  return drizzle(pool);
}

const MINUTE = 60_000;

async function tweetCase(minutesAgo: number) {
  const fixture = await workflowFixture(t);
  const supervisor = await makeUser(t.db, fixture.org.id, "supervisor", "Sue Supervisor");
  const openedAt = new Date(Date.now() - minutesAgo * MINUTE);
  const { caseId } = await fixture.openCase({
    channel: "twitter",
    from: { handle: `@c${randomBytes(3).toString("hex")}` },
    receivedAt: openedAt.toISOString(),
  });
  await fixture.api.post(`/api/v1/cases/${caseId}/assign`, { userId: fixture.agent.id });
  return { ...fixture, supervisor, caseId, openedAt };
}

async function kindsFor(userId: string) {
  const rows = await t.db.select().from(notifications).where(eq(notifications.userId, userId));
  return rows
    .map((row) => row.kind)
    .filter((kind) => kind.startsWith("sla."))
    .sort();
}

describe("SLA clocks on a case", () => {
  it("starts the clocks when the case opens: a tweet is answered within 30 minutes", async () => {
    const { api, caseId, openedAt } = await tweetCase(5);
    const view = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    expect(view.sla.firstResponseDueAt).toBe(new Date(openedAt.getTime() + 30 * MINUTE).toISOString());
    expect(view.sla.resolutionDueAt).toBe(new Date(openedAt.getTime() + 4320 * MINUTE).toISOString());
    expect(view.sla.clocks.firstResponse.state).toBe("running");
  });

  it("pauses while waiting on the customer and resumes on their reply with the due time pushed back", async () => {
    const { org, api, caseId, openedAt, openCase } = await tweetCase(60);
    await transitionCase({
      db: t.db,
      orgId: org.id,
      caseId,
      actor: null,
      to: "waiting_customer",
      now: new Date(openedAt.getTime() + 10 * MINUTE),
    });
    const paused = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    expect(paused.sla.paused).toBe(true);
    expect(paused.sla.firstResponseDueAt).toBeNull();
    expect(paused.sla.clocks.firstResponse.state).toBe("paused");

    const handle = await handleOf(caseId);
    const replyFrom = Date.now();
    await openCase({ channel: "twitter", from: { handle }, text: "Here is my order number" });
    const replyBy = Date.now();
    const resumed = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    expect(resumed.status).toBe("open");
    expect(resumed.sla.paused).toBe(false);
    // 20 minutes were left when the pause began at minute 10; they run again from the reply,
    // which came at some moment between the two readings of the clock.
    const due = Date.parse(resumed.sla.firstResponseDueAt);
    expect(due).toBeGreaterThanOrEqual(replyFrom + 20 * MINUTE);
    expect(due).toBeLessThanOrEqual(replyBy + 20 * MINUTE);
    const actions = (await api.get(`/api/v1/cases/${caseId}/timeline`))
      .json()
      .items.map((i: { action: string }) => i.action);
    expect(actions).toContain("sla.resumed");
  });

  it("warns the owner once and records one breach for supervisors, even with two sweeps at once and a restart", async () => {
    const { org, agent, supervisor, caseId } = await tweetCase(25);
    const now = new Date();
    const first = otherProcess();
    const second = otherProcess();
    await Promise.all([
      sweepSlaTimers({ db: first, now, orgId: org.id }),
      sweepSlaTimers({ db: second, now, orgId: org.id }),
      sweepSlaTimers({ db: first, now, orgId: org.id }),
    ]);
    expect(await kindsFor(agent.id)).toEqual(["sla.warning"]);
    expect(await kindsFor(supervisor.id)).toEqual([]);

    // "Restart": fresh connections, a later time past the 30-minute target.
    const later = new Date(now.getTime() + 10 * MINUTE);
    const restarted = otherProcess();
    await Promise.all([
      sweepSlaTimers({ db: restarted, now: later, orgId: org.id }),
      sweepSlaTimers({ db: second, now: later, orgId: org.id }),
    ]);
    await sweepSlaTimers({ db: restarted, now: new Date(later.getTime() + MINUTE), orgId: org.id });
    expect(await kindsFor(agent.id)).toEqual(["sla.warning"]);
    expect(await kindsFor(supervisor.id)).toEqual(["sla.breached"]);
    const [row] = await t.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.priority).toBe("high");
    const alerts = await t.db.select().from(slaAlerts).where(eq(slaAlerts.caseId, caseId));
    expect(alerts.map((a) => `${a.clock}:${a.kind}`).sort()).toEqual([
      "firstResponse:breach",
      "firstResponse:warning",
    ]);
  });

  it("fires nothing for a case answered in time, and stores the outcome for reports", async () => {
    const { org, agent, api, caseId, openedAt } = await tweetCase(25);
    const reply = await api.post(`/api/v1/cases/${caseId}/transitions`, { to: "open" });
    expect(reply.statusCode).toBe(200);
    await t.db
      .update(cases)
      .set({ firstRespondedAt: new Date(openedAt.getTime() + 15 * MINUTE) })
      .where(and(eq(cases.orgId, org.id), eq(cases.id, caseId)));
    await sweepSlaTimers({ db: t.db, now: new Date(Date.now() + 10 * MINUTE), orgId: org.id });
    expect(await kindsFor(agent.id)).toEqual([]);
    const view = (await api.get(`/api/v1/cases/${caseId}/workflow`)).json();
    expect(view.sla.outcomes).toEqual([
      { clock: "firstResponse", hit: true, actualMinutes: expect.closeTo(15, 0), targetMinutes: 30 },
    ]);
    expect(view.sla.firstResponseDueAt).toBeNull();
  });

  it("fires once through two job runners and again after one of them restarts", async () => {
    const { org, agent, supervisor } = await tweetCase(25);
    let handled = 0;
    const job: JobDefinition = {
      ...slaSweepJob,
      id: `test-sla-sweep-${randomBytes(4).toString("hex")}`,
      schedule: undefined,
      async handle(payload, context) {
        await slaSweepJob.handle(payload as { orgId?: string }, context);
        handled++;
      },
    };
    const log = createLogger("silent");
    const start = () =>
      startJobRunner({
        url: t.url,
        db: otherProcess(),
        log,
        config: t.config,
        outbound: outboundAdapters,
        jobs: [job],
        ...t.jobQueue,
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
      expect(await kindsFor(agent.id)).toEqual(["sla.warning"]);
      await b.stop();
      b = await start();
      await Promise.all([a.send(job, { orgId: org.id }), b.send(job, { orgId: org.id })]);
      await expect.poll(() => handled, { timeout: 20_000 }).toBe(5);
      expect(await kindsFor(agent.id)).toEqual(["sla.warning"]);
      expect(await kindsFor(supervisor.id)).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

async function handleOf(caseId: string) {
  const [row] = await t.db.select({ customerId: cases.customerId }).from(cases).where(eq(cases.id, caseId));
  const [identity] = await t.db
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(eq(customerIdentities.customerId, row!.customerId));
  return identity!.value;
}
