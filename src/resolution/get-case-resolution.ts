import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../accounts/tables";
import type { Db } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import { buildPlan } from "./build-plan";
import { gatherCaseFacts } from "./gather-case-facts";
import { loadCompensationSettings } from "./load-compensation-settings";
import { measureAuthority, readSpent } from "./measure-authority";
import { monthOf } from "./month-of";
import { suggestCompensation } from "./suggest-compensation";
import { accommodations, approvalRequests, casePromises } from "./tables";

const owner = alias(users, "owner");
const giver = alias(users, "giver");
const iso = (date: Date | null) => date?.toISOString() ?? null;

// Everything the resolution panel shows: the suggestion with its reasons, what was given and
// promised, the plan, the economics, and what the signed-in person may still give.
export async function getCaseResolution(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  now?: Date;
}) {
  const { db, orgId, caseId, actor } = options;
  const now = options.now ?? new Date();
  const [{ facts, kase, desiredOutcome }, { settings, timeZone }] = await Promise.all([
    gatherCaseFacts({ db, orgId, caseId }),
    loadCompensationSettings({ db, orgId }),
  ]);
  const month = monthOf(now, timeZone);
  const [given, promises, spent] = await Promise.all([
    db
      .select({ a: accommodations, approval: approvalRequests, giverName: giver.name })
      .from(accommodations)
      .leftJoin(approvalRequests, eq(approvalRequests.accommodationId, accommodations.id))
      .leftJoin(giver, eq(giver.id, accommodations.grantedBy))
      .where(and(eq(accommodations.orgId, orgId), eq(accommodations.caseId, caseId)))
      .orderBy(asc(accommodations.createdAt)),
    db
      .select({ p: casePromises, ownerName: owner.name })
      .from(casePromises)
      .leftJoin(owner, eq(owner.id, casePromises.ownerId))
      .where(and(eq(casePromises.orgId, orgId), eq(casePromises.caseId, caseId)))
      .orderBy(desc(casePromises.state), asc(casePromises.dueAt)),
    readSpent({ db, orgId, month }),
  ]);
  const authority = await measureAuthority({ db, orgId, caseId, user: actor, settings, month, spent });
  const onCase = new Set(given.filter((g) => g.a.status !== "rejected").map((g) => g.a.type));
  const money = new Intl.NumberFormat("en", { style: "currency", currency: settings.currency });
  const suggestion = suggestCompensation({
    facts,
    catalog: settings.catalog,
    rules: settings.rules,
    formatMoney: (minor) => money.format(minor / 100),
  }).filter((item) => !onCase.has(item.type));
  const sumCost = (statuses: string[]) =>
    given.filter((g) => statuses.includes(g.a.status)).reduce((total, g) => total + g.a.cost, 0);
  const committed = sumCost(["granted", "delivered"]);
  const budget = settings.budget.monthly;
  return {
    currency: settings.currency,
    facts,
    desiredOutcome,
    suggestion,
    catalog: settings.catalog
      .filter((item) => item.active)
      .map(
        ({ type, label, unit, costPerUnit, defaultAmount, asksOfCustomer, exclusive, separateMessage }) => ({
          type,
          label,
          unit,
          costPerUnit,
          defaultAmount: defaultAmount ?? null,
          asksOfCustomer,
          exclusive,
          separateMessage,
        }),
      ),
    granted: given.map(({ a, approval, giverName }) => ({
      id: a.id,
      type: a.type,
      label: a.label,
      unit: a.unit,
      amount: a.amount,
      cost: a.cost,
      status: a.status,
      note: a.note,
      reason: a.reason,
      grantedBy: a.grantedBy && giverName ? { id: a.grantedBy, name: giverName } : null,
      grantedAt: iso(a.grantedAt),
      overBudget: a.overBudget,
      deliveredAt: iso(a.deliveredAt),
      deliveryReference: a.deliveryReference,
      approval: approval
        ? {
            id: approval.id,
            status: approval.status,
            why: approval.why,
            dueAt: approval.dueAt.toISOString(),
            decisionReason: approval.decisionReason,
          }
        : null,
    })),
    promises: promises.map(({ p, ownerName }) => ({
      id: p.id,
      kind: p.kind,
      text: p.text,
      dueAt: p.dueAt.toISOString(),
      state: p.state,
      owner: p.ownerId && ownerName ? { id: p.ownerId, name: ownerName } : null,
      evidence: p.evidence as Record<string, string> | null,
      cancelReason: p.cancelReason,
      closedAt: iso(p.closedAt),
    })),
    plan: buildPlan({
      timeZone,
      promises: promises
        .filter(({ p }) => p.state === "open")
        .map(({ p, ownerName }) => ({ text: p.text, dueAt: p.dueAt, ownerName })),
    }),
    // R34: what was given against the customer kept, and what replacing them would cost.
    economics: {
      given: sumCost(["delivered"]),
      committed,
      lifetimeValue: facts.customer.lifetimeValue,
      replacementCost: committed * settings.acquisitionCostMultiplier,
      acquisitionCostMultiplier: settings.acquisitionCostMultiplier,
    },
    authorityLeft: {
      perCase: authority.perCaseLeft,
      perMonth: authority.perMonthLeft,
      budget: authority.budgetLeft,
      budgetWarning: budget !== null && spent >= budget * settings.budget.warnAtShare,
    },
    status: kase.status,
  };
}
