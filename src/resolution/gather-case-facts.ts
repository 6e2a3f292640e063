import { and, eq } from "drizzle-orm";
import { cases, interactions } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { MoneyAmount } from "../triage/engine/schema";
import { casePlaybookItems } from "../workflow/tables";
import type { CaseFacts } from "./suggest-compensation";

type Analysis = { money?: MoneyAmount[] } | null;

// What the policy needs to know about a case, from what triage, the workflow and the customer
// record already hold: the largest amount the customer named is taken as the money lost.
export async function gatherCaseFacts(options: { db: Db; orgId: string; caseId: string }) {
  const { db, orgId, caseId } = options;
  const [row] = await db
    .select({ kase: cases, customer: customers })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!row) throw AppError.notFound("That case");
  const [inbound, [desired]] = await Promise.all([
    db
      .select({ analysis: interactions.analysis })
      .from(interactions)
      .where(and(eq(interactions.caseId, caseId), eq(interactions.direction, "inbound"))),
    db
      .select({ evidence: casePlaybookItems.evidence })
      .from(casePlaybookItems)
      .where(and(eq(casePlaybookItems.caseId, caseId), eq(casePlaybookItems.item, "desired_outcome"))),
  ]);
  const amounts = inbound.flatMap((i) => (i.analysis as Analysis)?.money ?? []);
  const largest = amounts.reduce<MoneyAmount | null>(
    (best, m) => (!best || m.amount > best.amount ? m : best),
    null,
  );
  const { kase, customer } = row;
  const facts: CaseFacts = {
    loss: largest ? { amount: Math.round(largest.amount * 100), text: largest.text } : null,
    fault: (kase.rootCauseFault as CaseFacts["fault"]) ?? null,
    rootCause: kase.rootCauseKey,
    risk: kase.riskScore,
    customer: {
      tier: customer.tier,
      lifetimeValue:
        customer.lifetimeValue === null ? null : Math.round(Number(customer.lifetimeValue) * 100),
      followers: customer.followers,
    },
  };
  const desiredOutcome = (desired?.evidence as { text?: string } | null)?.text ?? null;
  return { facts, kase, desiredOutcome };
}
