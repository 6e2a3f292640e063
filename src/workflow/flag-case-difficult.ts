import { and, eq } from "drizzle-orm";
import { users } from "../accounts/tables";
import { cases } from "../cases/tables";
import { recordAudit } from "../platform/audit/record-audit";
import type { Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import type { Principal } from "../platform/http/auth";
import { applyAssignment } from "./assign-case";
import { chooseAssignee } from "./choose-assignee";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";

/**
 * Marks a customer as difficult (by triage or an agent) and hands the case to a specialist (R25)
 * unless one already has it. With no specialist free the case keeps its owner and waits in the
 * specialist queue, so nobody loses it.
 */
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
    const [owner] = row.ownerId
      ? await tx
          .select({ role: users.role })
          .from(users)
          .where(and(eq(users.orgId, orgId), eq(users.id, row.ownerId)))
      : [];
    if (owner?.role !== "specialist") {
      const settings = await loadWorkflowSettings({ db: tx, orgId });
      const decision = await chooseAssignee({
        tx,
        orgId,
        settings,
        facts: { channel: row.channel, rootCause: null, tier: null, language: null, difficult: true },
      });
      await applyAssignment({
        tx,
        orgId,
        row,
        toUserId: decision.userId ?? row.ownerId,
        queue: decision.queue,
        reason: decision.userId ? "specialist" : "specialist-queue",
        actor: options.actor,
      });
    }
  }
  await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
}
