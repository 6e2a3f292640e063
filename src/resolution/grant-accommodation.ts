import { and, eq, inArray } from "drizzle-orm";
import { users } from "../accounts/tables";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "../workflow/lock-case";
import { findSupervisorIds, notifyUsers } from "../workflow/notify-users";
import { costOf, defaultAmountOf } from "./cost-of";
import { loadCompensationSettings } from "./load-compensation-settings";
import { addToBudget, lockBudgetMonth, measureAuthority, whyAbove } from "./measure-authority";
import { monthOf } from "./month-of";
import type { GrantBody } from "./schema";
import { accommodations, approvalRequests } from "./tables";

export type GrantResult =
  | { status: "granted"; accommodationId: string; budgetWarning: boolean }
  | { status: "pending_approval"; accommodationId: string; approvalId: string; why: string };

/**
 * R24: within the giver's authority (per case, per month) and the organization's budget the item
 * is granted on the spot; above it, an approval request goes to the supervisors (to the admins
 * when it would pass the budget) with its own clock.
 */
export async function grantAccommodation(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  body: GrantBody;
  now?: Date;
}): Promise<GrantResult> {
  const { db, orgId, caseId, actor, body } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    if (row.status === "closed") throw new AppError("conflict", "Reopen the case before giving anything.");
    const { settings, timeZone } = await loadCompensationSettings({ db: tx, orgId });
    const item = settings.catalog.find((entry) => entry.type === body.type && entry.active);
    if (!item) throw AppError.forField("type", "is not an active item of the compensation catalog");
    const amount = body.amount ?? defaultAmountOf(item);
    if (amount <= 0) throw AppError.forField("amount", "must be more than zero for this item");
    if (item.asksOfCustomer && !body.reason) {
      throw AppError.forField(
        "reason",
        `this item asks something of the customer (${item.asksOfCustomer}); say why it is right here`,
        "conflict",
      );
    }
    const cost = costOf(item, amount);
    const month = monthOf(now, timeZone);
    const spent = await lockBudgetMonth({ tx, orgId, month });
    const authority = await measureAuthority({ db: tx, orgId, caseId, user: actor, settings, month, spent });
    const above = whyAbove(authority, cost);
    const adminPastBudget = above === "budget" && actor.role === "admin";
    const granted = above === null || adminPastBudget;
    const [created] = await tx
      .insert(accommodations)
      .values({
        orgId,
        caseId,
        type: item.type,
        label: item.label,
        unit: item.unit,
        amount,
        cost,
        note: body.note || null,
        reason: body.reason || null,
        status: granted ? "granted" : "pending_approval",
        month,
        requestedBy: actor.userId,
        grantedBy: granted ? actor.userId : null,
        grantedAt: granted ? now : null,
        overBudget: adminPastBudget,
        createdAt: now,
      })
      .returning({ id: accommodations.id });
    const audit = {
      accommodationId: created!.id,
      type: item.type,
      amount,
      cost,
      currency: settings.currency,
    };
    if (granted) {
      await addToBudget({ tx, orgId, month, cost });
      await recordAudit({
        tx,
        orgId,
        actor,
        action: "accommodation.granted",
        entityType: "case",
        entityId: caseId,
        data: { ...audit, overBudget: adminPastBudget },
      });
      await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
      const budget = settings.budget.monthly;
      return {
        status: "granted",
        accommodationId: created!.id,
        budgetWarning: budget !== null && spent + cost >= budget * settings.budget.warnAtShare,
      };
    }
    const dueAt = new Date(now.getTime() + settings.authority.approvalHours * 3_600_000);
    const [approval] = await tx
      .insert(approvalRequests)
      .values({
        orgId,
        caseId,
        accommodationId: created!.id,
        requestedBy: actor.userId,
        why: above!,
        dueAt,
        nextCheckAt: dueAt,
        createdAt: now,
      })
      .returning({ id: approvalRequests.id });
    const data = { ...audit, approvalId: approval!.id, why: above! };
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "approval.requested",
      entityType: "case",
      entityId: caseId,
      data,
    });
    await notifyUsers({
      tx,
      orgId,
      userIds: (await findApprovers({ tx, orgId, why: above! })).filter((id) => id !== actor.userId),
      kind: "approval.requested",
      caseId,
      caseNumber: row.number,
      data,
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
    return {
      status: "pending_approval",
      accommodationId: created!.id,
      approvalId: approval!.id,
      why: above!,
    };
  });
}

// Past the budget only an admin can say yes; otherwise the supervisors (or admins when there are none).
export async function findApprovers(options: { tx: Tx; orgId: string; why: string }): Promise<string[]> {
  if (options.why !== "budget") return findSupervisorIds(options);
  const admins = await options.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, options.orgId), eq(users.active, true), inArray(users.role, ["admin"])));
  return admins.map((admin) => admin.id);
}
