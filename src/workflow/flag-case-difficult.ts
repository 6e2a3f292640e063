import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import type { Principal } from "../platform/http/auth";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";
import { sendToSpecialist } from "./send-to-specialist";

// Marks a customer as difficult (by triage or an agent) and hands the case to a specialist (R25).
export async function flagCaseDifficult(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  actor: Principal | null;
  difficult: boolean;
  reason?: string;
}) {
  const { tx, orgId, caseId, difficult } = options;
  const row = await lockCase({ tx, orgId, caseId });
  const reason = options.reason?.trim() || null;
  await tx
    .update(cases)
    .set({ difficult, difficultReason: difficult ? reason : null, updatedAt: new Date() })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  await recordAudit({
    tx,
    orgId,
    actor: options.actor,
    action: difficult ? "case.flagged_difficult" : "case.unflagged_difficult",
    entityType: "case",
    entityId: caseId,
    data: { reason },
  });
  if (difficult && !row.difficult && row.status !== "closed") {
    const settings = await loadWorkflowSettings({ db: tx, orgId });
    await sendToSpecialist({ tx, orgId, row, settings, actor: options.actor });
  }
  await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
}
