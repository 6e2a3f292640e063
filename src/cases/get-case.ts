import { and, asc, desc, eq, ne } from "drizzle-orm";
import { customerIdentities, customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { selectCaseSummaries, toCaseSummary } from "./list-cases";
import { cases, interactions } from "./tables";

// Another organization's case answers exactly like a missing one: its existence is not revealed.
export async function getCase(options: { db: Db; orgId: string; caseId: string }) {
  const { db, orgId, caseId } = options;
  const [row] = await selectCaseSummaries(db).where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!row) throw AppError.notFound("That case");
  const [timeline, customer, identities, others] = await Promise.all([
    db
      .select()
      .from(interactions)
      .where(and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId)))
      .orderBy(asc(interactions.occurredAt), asc(interactions.createdAt)),
    db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.id, row.customerId))),
    db
      .select({ kind: customerIdentities.kind, value: customerIdentities.value })
      .from(customerIdentities)
      .where(and(eq(customerIdentities.orgId, orgId), eq(customerIdentities.customerId, row.customerId)))
      .orderBy(asc(customerIdentities.createdAt)),
    selectCaseSummaries(db)
      .where(and(eq(cases.orgId, orgId), eq(cases.customerId, row.customerId), ne(cases.id, caseId)))
      .orderBy(desc(cases.openedAt))
      .limit(50),
  ]);
  return {
    case: toCaseSummary(row),
    interactions: timeline.map((i) => ({
      id: i.id,
      direction: i.direction,
      channel: i.channel,
      authorName: i.authorName,
      subject: i.subject,
      text: i.text,
      occurredAt: i.occurredAt.toISOString(),
      analysis: (i.analysis as Record<string, unknown> | null) ?? null,
      coachScore: (i.coachReport as { score?: number } | null)?.score ?? null,
      coachOverride: (i.coachOverride as { name: string; reason: string; blockers: string[] } | null) ?? null,
      deliveryStatus: i.deliveryStatus,
      deliveryError: i.deliveryError,
    })),
    customer: {
      id: customer[0]!.id,
      name: customer[0]!.name,
      identities: identities.map((i) => ({ channel: i.kind, handle: i.value })),
    },
    otherCases: others.map(toCaseSummary),
  };
}
