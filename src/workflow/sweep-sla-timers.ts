import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db, Tx } from "../platform/db/client";
import { findSupervisorIds, notifyUsers } from "./notify-users";
import { refreshCaseSla } from "./refresh-case-sla";
import { findHelpRequestRecipients } from "./request-help";
import { helpRequests } from "./tables";

const MAX_BATCHES = 50;

/**
 * Fires the SLA warnings and breaches whose time has come. It reads only rows whose next check
 * is due (an index range), and locks them with SKIP LOCKED, so any number of processes can sweep
 * at once; each alert is also claimed by a unique row, so a restart never repeats one.
 * `orgId` limits a run to one organization (an admin's manual run, tests).
 */
export async function sweepSlaTimers(options: { db: Db; now?: Date; batchSize?: number; orgId?: string }) {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  let caseCount = 0;
  let requests = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const found = await options.db.transaction(async (tx) => {
      const due = await tx
        .select({ id: cases.id, orgId: cases.orgId })
        .from(cases)
        .where(
          and(lte(cases.slaNextCheckAt, now), options.orgId ? eq(cases.orgId, options.orgId) : undefined),
        )
        .orderBy(asc(cases.slaNextCheckAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      for (const row of due) {
        await refreshCaseSla({ tx, orgId: row.orgId, caseId: row.id, now, fireAlerts: true });
      }
      return due.length;
    });
    caseCount += found;
    if (found < batchSize) break;
  }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const found = await options.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(helpRequests)
        .where(
          and(
            lte(helpRequests.nextCheckAt, now),
            options.orgId ? eq(helpRequests.orgId, options.orgId) : undefined,
          ),
        )
        .orderBy(asc(helpRequests.nextCheckAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      for (const request of due) await checkHelpRequest({ tx, request, now });
      return due.length;
    });
    requests += found;
    if (found < batchSize) break;
  }
  return { cases: caseCount, helpRequests: requests };
}

type HelpRequestRow = typeof helpRequests.$inferSelect;

async function checkHelpRequest(options: { tx: Tx; request: HelpRequestRow; now: Date }) {
  const { tx, request, now } = options;
  const { orgId } = request;
  const [kase] = await tx
    .select({ number: cases.number })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, request.caseId)));
  const breach = request.dueAt <= now;
  // The conditional update is the claim: of two sweeps only one sees the row change.
  const [claimed] = await tx
    .update(helpRequests)
    .set(
      breach
        ? { breachedAt: now, warnedAt: request.warnedAt ?? now, nextCheckAt: null }
        : { warnedAt: now, nextCheckAt: request.dueAt },
    )
    .where(
      and(
        eq(helpRequests.id, request.id),
        eq(helpRequests.status, "open"),
        breach ? isNull(helpRequests.breachedAt) : isNull(helpRequests.warnedAt),
      ),
    )
    .returning({ id: helpRequests.id });
  if (!claimed) {
    await tx
      .update(helpRequests)
      .set({ nextCheckAt: null })
      .where(and(eq(helpRequests.id, request.id), sql`${helpRequests.status} <> 'open'`));
    return;
  }
  const addressees = await findHelpRequestRecipients({ tx, orgId, request });
  const userIds = breach
    ? [...(await findSupervisorIds({ tx, orgId })), ...(request.requestedBy ? [request.requestedBy] : [])]
    : addressees;
  const kind = breach ? "help_request.breached" : "help_request.warning";
  const data = { helpRequestId: request.id, dueAt: request.dueAt.toISOString(), priority: request.priority };
  await notifyUsers({
    tx,
    orgId,
    userIds,
    kind,
    caseId: request.caseId,
    caseNumber: kase?.number ?? 0,
    data,
  });
  await recordAudit({
    tx,
    orgId,
    actor: null,
    action: kind,
    entityType: "case",
    entityId: request.caseId,
    data,
  });
}
