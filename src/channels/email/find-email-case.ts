import { and, desc, eq, inArray } from "drizzle-orm";
import { cases, interactions } from "../../cases/tables";
import { customerIdentities } from "../../customers/tables";
import type { Db } from "../../platform/db/client";
import type { ThreadHints } from "./thread-hints";

// Strongest first: our signed Reply-To token, then the Message-IDs the mail answers, then a case
// number in the subject — the last only when the sender is that case's customer, since anyone
// can type "[#12]".
export async function findEmailCase(options: {
  db: Db;
  orgId: string;
  hints: ThreadHints;
  fromAddress: string;
}): Promise<{ caseId: string; by: "token" | "message_id" | "subject" } | null> {
  const { db, orgId, hints } = options;
  if (hints.replyToken && hints.replyToken.orgId === orgId) {
    const [found] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.orgId, orgId), eq(cases.id, hints.replyToken.caseId)));
    if (found) return { caseId: found.id, by: "token" };
  }
  const ids = [...new Set([...(hints.inReplyTo ? [hints.inReplyTo] : []), ...hints.references])];
  if (ids.length > 0) {
    const [found] = await db
      .select({ caseId: interactions.caseId })
      .from(interactions)
      .where(and(eq(interactions.orgId, orgId), inArray(interactions.emailMessageId, ids.slice(-50))))
      .orderBy(desc(interactions.occurredAt))
      .limit(1);
    if (found) return { caseId: found.caseId, by: "message_id" };
  }
  if (hints.caseNumberFromSubject !== undefined) {
    const [found] = await db
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(
        customerIdentities,
        and(
          eq(customerIdentities.customerId, cases.customerId),
          eq(customerIdentities.kind, "email"),
          eq(customerIdentities.value, options.fromAddress.toLowerCase()),
        ),
      )
      .where(and(eq(cases.orgId, orgId), eq(cases.number, hints.caseNumberFromSubject)));
    if (found) return { caseId: found.id, by: "subject" };
  }
  return null;
}
