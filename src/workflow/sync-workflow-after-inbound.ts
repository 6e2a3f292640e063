import { and, eq } from "drizzle-orm";
import { cases } from "../cases/tables";
import { recordAudit } from "../platform/audit/record-audit";
import type { Tx } from "../platform/db/client";
import { lockCase } from "./lock-case";
import { refreshCaseSla } from "./refresh-case-sla";
import { routeNewCase } from "./route-new-case";
import { closePause, hasOpenPause } from "./sla-pauses";

const working = new Set(["new", "open", "waiting_customer", "waiting_internal"]);

/**
 * The workflow's step in the path of an inbound message, inside its transaction: a new case is
 * routed and its clocks start; a reply resumes clocks paused while waiting on the customer and,
 * when it reopened a resolved case, restarts its resolution clock.
 */
export async function syncWorkflowAfterInbound(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  created: boolean;
  now?: Date;
}) {
  const { tx, orgId, caseId } = options;
  if (options.created) {
    await routeNewCase({ tx, orgId, caseId, now: options.now });
    return;
  }
  const now = options.now ?? new Date();
  const row = await lockCase({ tx, orgId, caseId });
  const resumed = hasOpenPause(row.slaPauses) && row.status !== "waiting_customer";
  const reopened = row.resolvedAt !== null && working.has(row.status);
  if (!resumed && !reopened) return;
  await tx
    .update(cases)
    .set({
      slaPauses: resumed ? closePause(row.slaPauses, now) : row.slaPauses,
      ...(reopened ? { resolvedAt: null, closedAt: null, outcome: null, outcomeReason: null } : {}),
    })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  await recordAudit({
    tx,
    orgId,
    actor: null,
    action: reopened ? "case.reopened" : "sla.resumed",
    entityType: "case",
    entityId: caseId,
    data: { by: "customer_reply", ...(reopened ? { from: "resolved", to: row.status } : {}) },
  });
  await refreshCaseSla({ tx, orgId, caseId, now });
}
