import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../platform/db/client";
import type { Role } from "../shared/vocabulary";
import type { CompensationSettings, Limit } from "./schema";
import { accommodations, compensationBudgetMonths } from "./tables";

const counted: ("granted" | "delivered")[] = ["granted", "delivered"];

/**
 * Takes the organization's budget row for the month FOR UPDATE (creating it on first use) and
 * answers what was spent. Every grant and approval goes through here first, so they queue up
 * on this row and each sees the spending of the ones before it.
 */
export async function lockBudgetMonth(options: { tx: Tx; orgId: string; month: string }): Promise<number> {
  const { tx, orgId, month } = options;
  await tx.insert(compensationBudgetMonths).values({ orgId, month }).onConflictDoNothing();
  const [row] = await tx
    .select({ spent: compensationBudgetMonths.spent })
    .from(compensationBudgetMonths)
    .where(and(eq(compensationBudgetMonths.orgId, orgId), eq(compensationBudgetMonths.month, month)))
    .for("update");
  return row!.spent;
}

export async function addToBudget(options: { tx: Tx; orgId: string; month: string; cost: number }) {
  await options.tx
    .update(compensationBudgetMonths)
    .set({ spent: sql`${compensationBudgetMonths.spent} + ${options.cost}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(compensationBudgetMonths.orgId, options.orgId),
        eq(compensationBudgetMonths.month, options.month),
      ),
    );
}

export function limitFor(settings: CompensationSettings, user: { userId: string; role: Role }): Limit {
  return settings.authority.users[user.userId] ?? settings.authority.roles[user.role];
}

export type Authority = {
  limit: Limit;
  caseGranted: number;
  monthGranted: number;
  spent: number;
  budget: number | null;
  perCaseLeft: number | null;
  perMonthLeft: number | null;
  budgetLeft: number | null;
};

// R24: what this person may still give on this case and this month, and what is left of the budget.
export async function measureAuthority(options: {
  db: Db | Tx;
  orgId: string;
  caseId: string;
  user: { userId: string; role: Role };
  settings: CompensationSettings;
  month: string;
  spent: number;
}): Promise<Authority> {
  const { db, orgId, caseId, user, settings, month, spent } = options;
  const sum = sql<string>`coalesce(sum(${accommodations.cost}), 0)`;
  const [[onCase], [byUser]] = await Promise.all([
    db
      .select({ total: sum })
      .from(accommodations)
      .where(
        and(
          eq(accommodations.orgId, orgId),
          eq(accommodations.caseId, caseId),
          inArray(accommodations.status, counted),
        ),
      ),
    db
      .select({ total: sum })
      .from(accommodations)
      .where(
        and(
          eq(accommodations.orgId, orgId),
          eq(accommodations.grantedBy, user.userId),
          eq(accommodations.month, month),
          inArray(accommodations.status, counted),
        ),
      ),
  ]);
  const limit = limitFor(settings, user);
  const caseGranted = Number(onCase?.total ?? 0);
  const monthGranted = Number(byUser?.total ?? 0);
  const budget = settings.budget.monthly;
  return {
    limit,
    caseGranted,
    monthGranted,
    spent,
    budget,
    perCaseLeft: limit.perCase === null ? null : Math.max(0, limit.perCase - caseGranted),
    perMonthLeft: limit.perMonth === null ? null : Math.max(0, limit.perMonth - monthGranted),
    budgetLeft: budget === null ? null : Math.max(0, budget - spent),
  };
}

export type AboveAuthority = "per_case" | "per_month" | "budget";

/** Which limit a cost would cross, the budget last (only an admin may go past it). */
export function whyAbove(authority: Authority, cost: number): AboveAuthority | null {
  if (authority.perCaseLeft !== null && cost > authority.perCaseLeft) return "per_case";
  if (authority.perMonthLeft !== null && cost > authority.perMonthLeft) return "per_month";
  if (authority.budgetLeft !== null && cost > authority.budgetLeft) return "budget";
  return null;
}

/** The month's spending for display, without taking the lock. */
export async function readSpent(options: { db: Db | Tx; orgId: string; month: string }): Promise<number> {
  const [row] = await options.db
    .select({ spent: compensationBudgetMonths.spent })
    .from(compensationBudgetMonths)
    .where(
      and(
        eq(compensationBudgetMonths.orgId, options.orgId),
        eq(compensationBudgetMonths.month, options.month),
      ),
    );
  return row?.spent ?? 0;
}
