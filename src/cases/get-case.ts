import { and, asc, desc, eq, ne } from "drizzle-orm";
import { getCustomer } from "../customers/get-customer";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { selectCaseSummaries, toCaseSummary } from "./list-cases";
import { attachmentsOf } from "./store-attachments";
import { cases, interactions } from "./tables";

// Another organization's case answers exactly like a missing one: its existence is not revealed.
export async function getCase(options: { db: Db; orgId: string; caseId: string }) {
  const { db, orgId, caseId } = options;
  const [row] = await selectCaseSummaries(db).where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!row) throw AppError.notFound("That case");
  const [timeline, customer, others] = await Promise.all([
    db
      .select()
      .from(interactions)
      .where(and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId)))
      .orderBy(asc(interactions.occurredAt), asc(interactions.createdAt)),
    getCustomer({ db, orgId, customerId: row.customerId }),
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
      email: i.emailDetails ? emailView(i.emailDetails) : null,
    })),
    customer,
    otherCases: others.map(toCaseSummary),
  };
}

function emailView(details: unknown) {
  const { quotedText, signature } = details as { quotedText?: string | null; signature?: string | null };
  return {
    quotedText: quotedText || null,
    signature: signature || null,
    attachments: attachmentsOf(details).map((a, index) => ({
      index,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      inline: a.inline,
      rejected: a.rejected,
    })),
  };
}
