import { and, eq, inArray, sql } from "drizzle-orm";
import { cases } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { loadCompensationSettings } from "./load-compensation-settings";
import { readSpent } from "./measure-authority";
import { monthOf } from "./month-of";
import { accommodations } from "./tables";

// R34 for the organization: a month's compensation at cost against the value of the customers it
// went to. The reports issue reads the same numbers.
export async function summarizeCompensation(options: { db: Db; orgId: string; month?: string; now?: Date }) {
  const { db, orgId } = options;
  const { settings, timeZone } = await loadCompensationSettings({ db, orgId });
  const month = options.month ?? monthOf(options.now ?? new Date(), timeZone);
  const given = and(
    eq(accommodations.orgId, orgId),
    eq(accommodations.month, month),
    inArray(accommodations.status, ["granted", "delivered"]),
  );
  const [spent, byType, [reach], [kept]] = await Promise.all([
    readSpent({ db, orgId, month }),
    db
      .select({
        type: accommodations.type,
        label: sql<string>`min(${accommodations.label})`,
        count: sql<number>`count(*)::int`,
        cost: sql<number>`sum(${accommodations.cost})::bigint`,
        delivered: sql<number>`sum(case when ${accommodations.status} = 'delivered' then ${accommodations.cost} else 0 end)::bigint`,
      })
      .from(accommodations)
      .where(given)
      .groupBy(accommodations.type),
    db
      .select({ cases: sql<number>`count(distinct ${accommodations.caseId})::int` })
      .from(accommodations)
      .where(given),
    db
      .select({ total: sql<string>`coalesce(sum(${customers.lifetimeValue}), 0)` })
      .from(customers)
      .where(
        inArray(
          customers.id,
          db
            .select({ id: cases.customerId })
            .from(accommodations)
            .innerJoin(cases, eq(cases.id, accommodations.caseId))
            .where(given),
        ),
      ),
  ]);
  const committed = byType.reduce((total, row) => total + Number(row.cost), 0);
  return {
    currency: settings.currency,
    month,
    budget: settings.budget.monthly,
    spent,
    budgetWarning:
      settings.budget.monthly !== null && spent >= settings.budget.monthly * settings.budget.warnAtShare,
    committed,
    given: byType.reduce((total, row) => total + Number(row.delivered), 0),
    cases: reach?.cases ?? 0,
    // The lifetime value of the customers those cases belong to, in minor units.
    lifetimeValue: Math.round(Number(kept?.total ?? 0) * 100),
    replacementCost: committed * settings.acquisitionCostMultiplier,
    byType: byType.map((row) => ({
      type: row.type,
      label: row.label,
      count: row.count,
      cost: Number(row.cost),
    })),
  };
}
