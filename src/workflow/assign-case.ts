import { and, eq } from "drizzle-orm";
import { users } from "../accounts/tables";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db, Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { isManager } from "../shared/vocabulary";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { type CaseRow, lockCase } from "./lock-case";
import { notifyUsers } from "./notify-users";
import { caseAssignments } from "./tables";

// Every change of owner is kept as a row, so reassignment never loses who had the case before.
export async function applyAssignment(options: {
  tx: Tx;
  orgId: string;
  row: CaseRow;
  toUserId: string | null;
  queue: string;
  reason: string;
  actor: Principal | null;
}) {
  const { tx, orgId, row, toUserId, queue } = options;
  if (row.ownerId === toUserId && row.queue === queue) return;
  await tx
    .update(cases)
    .set({ ownerId: toUserId, queue, updatedAt: new Date() })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, row.id)));
  const actorUserId = options.actor?.kind === "user" ? options.actor.userId : null;
  await tx.insert(caseAssignments).values({
    orgId,
    caseId: row.id,
    fromUserId: row.ownerId,
    toUserId,
    queue,
    reason: options.reason,
    actorUserId,
  });
  await recordAudit({
    tx,
    orgId,
    actor: options.actor,
    action: "case.assigned",
    entityType: "case",
    entityId: row.id,
    data: { from: row.ownerId, to: toUserId, queue, reason: options.reason },
  });
  const told = toUserId && toUserId !== actorUserId ? [toUserId] : [];
  await notifyUsers({
    tx,
    orgId,
    userIds: told,
    kind: "case.assigned",
    caseId: row.id,
    caseNumber: row.number,
    data: { reason: options.reason, from: row.ownerId },
  });
}

// Agents pick up unassigned work or hand back their own; supervisors and admins move anything.
export async function assignCase(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  userId: string | null;
  queue?: string;
}) {
  const { db, orgId, caseId, actor, userId } = options;
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    const manager = isManager(actor.role);
    if (!manager && row.ownerId && row.ownerId !== actor.userId) {
      throw new AppError("forbidden", "Only a supervisor can reassign a colleague's case.");
    }
    if (!manager && userId && userId !== actor.userId && row.ownerId !== actor.userId) {
      throw new AppError("forbidden", "Take the case yourself, or ask a supervisor to assign it.");
    }
    if (userId) {
      const [target] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.orgId, orgId), eq(users.id, userId), eq(users.active, true)));
      if (!target) {
        throw AppError.forField("userId", "is not an active user of this organization");
      }
    }
    const settings = await loadWorkflowSettings({ db: tx, orgId });
    const queue = options.queue ?? row.queue ?? settings.routing.defaultQueue;
    await applyAssignment({ tx, orgId, row, toUserId: userId, queue, reason: "manual", actor });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
  });
}
