import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "../platform/db/client";
import { cases } from "./tables";
import { recordCustomerReply } from "./thread-into-case";

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
  return {
    case: await recordCustomerReply({
      tx,
      current,
      preview: options.preview,
      occurredAt: options.occurredAt,
    }),
    created: false,
  };
}
