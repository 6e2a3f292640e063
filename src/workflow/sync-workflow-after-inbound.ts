import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";
import { refreshCaseSla } from "./refresh-case-sla";
import { routeNewCase } from "./route-new-case";
import { sendToSpecialist } from "./send-to-specialist";
import { closePause, hasOpenPause } from "./sla-pauses";

const working = new Set(["new", "open", "waiting_customer", "waiting_internal"]);

/**
 * The workflow's step in the path of an inbound message, inside its transaction: a new case is
 * routed and its clocks start; a reply resumes clocks paused while waiting on the customer and,
 * when it reopened a resolved case, restarts its resolution clock; a customer triage now finds
 * difficult goes to a specialist.
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
  const settings = await loadWorkflowSettings({ db: tx, orgId });
  const resumed = hasOpenPause(row.slaPauses) && row.status !== "waiting_customer";
  const reopened = row.resolvedAt !== null && working.has(row.status);
  if (resumed || reopened) {
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
  }
  // Triage may have just found this customer difficult; their case moves to a specialist once.
  if (row.difficult && row.queue !== settings.routing.specialistQueue) {
    await sendToSpecialist({ tx, orgId, row, settings, actor: null });
  }
  // Always: triage may have raised the priority, which shortens every target.
  await refreshCaseSla({ tx, orgId, caseId, now, settings });
}
