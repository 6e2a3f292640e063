import { and, eq, ne, sql } from "drizzle-orm";
import { cases } from "../../cases/tables";
import type { Tx } from "../../platform/db/client";

const reopenedByReply = new Set(["resolved", "following_up", "waiting_customer"]);

// An email that names its case (reply token, In-Reply-To) joins that case, even when it comes
// from another address than the customer's; a closed case is left alone and the caller falls back.
export async function continueCase(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  preview: string;
  occurredAt: Date;
}) {
  const { tx, orgId, caseId } = options;
  const [current] = await tx
    .select({ id: cases.id, status: cases.status })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId), ne(cases.status, "closed")))
    .for("update");
  if (!current) return null;
  const [updated] = await tx
    .update(cases)
    .set({
      status: reopenedByReply.has(current.status) ? "open" : current.status,
      preview: options.preview,
      interactionCount: sql`${cases.interactionCount} + 1`,
      lastActivityAt: sql`greatest(${cases.lastActivityAt}, ${options.occurredAt.toISOString()}::timestamptz)`,
      updatedAt: new Date(),
    })
    .where(eq(cases.id, current.id))
    .returning();
  return { case: updated!, created: false };
}
