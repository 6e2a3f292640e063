import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db, Tx } from "../platform/db/client";
import { findSupervisorIds, notifyUsers } from "../workflow/notify-users";
import { findApprovers } from "./grant-accommodation";
import { approvalRequests, casePromises } from "./tables";

const MAX_BATCHES = 50;
const raised = { low: "normal", normal: "high", high: "critical", critical: "critical" } as const;

/**
 * Reminds promise owners before the due time, marks missed promises broken, and flags approval
 * requests left past their clock. Rows are read through their next-check index and locked with
 * SKIP LOCKED, and each step is a conditional update (state still open, not yet reminded): of
 * any number of sweeps, across processes and restarts, exactly one performs it.
 */
export async function sweepResolutionTimers(options: {
  db: Db;
  now?: Date;
  orgId?: string;
  batchSize?: number;
}) {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const count = { reminded: 0, broken: 0, approvalsLate: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const found = await options.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(casePromises)
        .where(
          and(
            lte(casePromises.nextCheckAt, now),
            options.orgId ? eq(casePromises.orgId, options.orgId) : undefined,
          ),
        )
        .orderBy(asc(casePromises.nextCheckAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      for (const promise of due) {
        const outcome = await checkPromise({ tx, promise, now });
        if (outcome) count[outcome]++;
      }
      return due.length;
    });
    if (found < batchSize) break;
  }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const found = await options.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(approvalRequests)
        .where(
          and(
            lte(approvalRequests.nextCheckAt, now),
            options.orgId ? eq(approvalRequests.orgId, options.orgId) : undefined,
          ),
        )
        .orderBy(asc(approvalRequests.nextCheckAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      for (const request of due) if (await checkApproval({ tx, request, now })) count.approvalsLate++;
      return due.length;
    });
    if (found < batchSize) break;
  }
  return count;
}

async function caseNumber(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ number: cases.number, priority: cases.priority })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row!;
}

async function checkPromise(options: { tx: Tx; promise: typeof casePromises.$inferSelect; now: Date }) {
  const { tx, promise, now } = options;
  const { orgId, caseId } = promise;
  const missed = promise.dueAt <= now;
  const [claimed] = await tx
    .update(casePromises)
    .set(
      missed
        ? { state: "broken", brokenAt: now, closedAt: now, nextCheckAt: null }
        : { remindedAt: now, nextCheckAt: promise.dueAt },
    )
    .where(
      and(
        eq(casePromises.id, promise.id),
        eq(casePromises.state, "open"),
        missed ? undefined : isNull(casePromises.remindedAt),
      ),
    )
    .returning({ id: casePromises.id });
  if (!claimed) {
    await tx
      .update(casePromises)
      .set({ nextCheckAt: missed || promise.state !== "open" ? null : promise.dueAt })
      .where(eq(casePromises.id, promise.id));
    return null;
  }
  const kase = await caseNumber(tx, caseId);
  const data = { promiseId: promise.id, text: promise.text, dueAt: promise.dueAt.toISOString() };
  const owner = promise.ownerId ? [promise.ownerId] : [];
  if (missed) {
    // A broken promise is a second failure on top of the first: the case moves up the queue.
    await tx
      .update(cases)
      .set({ priority: raised[kase.priority], updatedAt: now })
      .where(eq(cases.id, caseId));
    await recordAudit({
      tx,
      orgId,
      actor: null,
      action: "promise.broken",
      entityType: "case",
      entityId: caseId,
      data: { ...data, priority: { from: kase.priority, to: raised[kase.priority] } },
    });
  }
  await notifyUsers({
    tx,
    orgId,
    userIds: missed ? [...owner, ...(await findSupervisorIds({ tx, orgId }))] : owner,
    kind: missed ? "promise.broken" : "promise.reminder",
    caseId,
    caseNumber: kase.number,
    data,
  });
  return missed ? "broken" : "reminded";
}

async function checkApproval(options: { tx: Tx; request: typeof approvalRequests.$inferSelect; now: Date }) {
  const { tx, request, now } = options;
  const [claimed] = await tx
    .update(approvalRequests)
    .set({ breachedAt: now, nextCheckAt: null })
    .where(
      and(
        eq(approvalRequests.id, request.id),
        eq(approvalRequests.status, "pending"),
        isNull(approvalRequests.breachedAt),
      ),
    )
    .returning({ id: approvalRequests.id });
  if (!claimed) {
    await tx
      .update(approvalRequests)
      .set({ nextCheckAt: null })
      .where(and(eq(approvalRequests.id, request.id), sql`${approvalRequests.status} <> 'pending'`));
    return false;
  }
  const kase = await caseNumber(tx, request.caseId);
  const data = { approvalId: request.id, dueAt: request.dueAt.toISOString() };
  await notifyUsers({
    tx,
    orgId: request.orgId,
    userIds: [
      ...(await findApprovers({ tx, orgId: request.orgId, why: request.why })),
      ...(request.requestedBy ? [request.requestedBy] : []),
    ],
    kind: "approval.late",
    caseId: request.caseId,
    caseNumber: kase.number,
    data,
  });
  await recordAudit({
    tx,
    orgId: request.orgId,
    actor: null,
    action: "approval.late",
    entityType: "case",
    entityId: request.caseId,
    data,
  });
  return true;
}
