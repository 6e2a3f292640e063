import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "../workflow/lock-case";
import { notifyUsers } from "../workflow/notify-users";
import { loadCompensationSettings } from "./load-compensation-settings";
import { addToBudget, lockBudgetMonth, measureAuthority, whyAbove } from "./measure-authority";
import { monthOf } from "./month-of";
import { accommodations, approvalRequests } from "./tables";

/**
 * A supervisor or admin approves or rejects a grant that was above the agent's authority. An
 * approval spends from the month's budget under its row lock, so two approvals racing for the
 * last of it cannot both succeed; past the budget only an admin may approve.
 */
export async function decideApproval(options: {
  db: Db;
  orgId: string;
  approvalId: string;
  actor: Extract<Principal, { kind: "user" }>;
  approve: boolean;
  reason: string;
  now?: Date;
}) {
  const { db, orgId, actor } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ caseId: approvalRequests.caseId })
      .from(approvalRequests)
      .where(and(eq(approvalRequests.orgId, orgId), eq(approvalRequests.id, options.approvalId)));
    if (!found) throw AppError.notFound("That approval request");
    // Case, then request, then budget: the order every resolution write takes its locks in.
    const row = await lockCase({ tx, orgId, caseId: found.caseId });
    const [request] = await tx
      .select()
      .from(approvalRequests)
      .where(eq(approvalRequests.id, options.approvalId))
      .for("update");
    if (request!.status !== "pending") {
      throw new AppError("conflict", `This approval request was already ${request!.status}.`);
    }
    const [item] = await tx
      .select()
      .from(accommodations)
      .where(eq(accommodations.id, request!.accommodationId));
    const { settings, timeZone } = await loadCompensationSettings({ db: tx, orgId });
    const month = monthOf(now, timeZone);
    let overBudget = false;
    if (options.approve) {
      const spent = await lockBudgetMonth({ tx, orgId, month });
      const authority = await measureAuthority({
        db: tx,
        orgId,
        caseId: row.id,
        user: actor,
        settings,
        month,
        spent,
      });
      const above = whyAbove(authority, item!.cost);
      if (above === "budget" && actor.role !== "admin") {
        throw new AppError(
          "conflict",
          `This would pass the monthly compensation budget (${authority.budgetLeft} left of ${authority.budget}); only an admin can approve it.`,
        );
      }
      if (above === "per_case" || above === "per_month") {
        throw new AppError("forbidden", "This is above your own authority; an admin has to approve it.");
      }
      overBudget = above === "budget";
      await addToBudget({ tx, orgId, month, cost: item!.cost });
    }
    const status = options.approve ? "approved" : "rejected";
    await tx
      .update(approvalRequests)
      .set({
        status,
        decidedBy: actor.userId,
        decisionReason: options.reason,
        decidedAt: now,
        nextCheckAt: null,
      })
      .where(eq(approvalRequests.id, request!.id));
    await tx
      .update(accommodations)
      .set(
        options.approve
          ? { status: "granted", grantedBy: actor.userId, grantedAt: now, month, overBudget }
          : { status: "rejected" },
      )
      .where(eq(accommodations.id, item!.id));
    const data = {
      approvalId: request!.id,
      accommodationId: item!.id,
      type: item!.type,
      cost: item!.cost,
      reason: options.reason,
      late: now > request!.dueAt,
      overBudget,
    };
    await recordAudit({
      tx,
      orgId,
      actor,
      action: `approval.${status}`,
      entityType: "case",
      entityId: row.id,
      data,
    });
    await notifyUsers({
      tx,
      orgId,
      userIds: [request!.requestedBy, row.ownerId].filter((id): id is string => !!id && id !== actor.userId),
      kind: `approval.${status}`,
      caseId: row.id,
      caseNumber: row.number,
      data,
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.id, number: row.number });
    return { status, accommodationId: item!.id };
  });
}
