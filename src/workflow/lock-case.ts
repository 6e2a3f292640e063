import { and, eq } from "drizzle-orm";
import { cases } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";

// Every workflow change to a case takes its row lock first, so two agents' changes queue up
// instead of each checking a gate against a state the other is about to change.
export async function lockCase(options: { tx: Tx; orgId: string; caseId: string }) {
  const [row] = await options.tx
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, options.orgId), eq(cases.id, options.caseId)))
    .for("update");
  if (!row) throw AppError.notFound("That case");
  return row;
}

export type CaseRow = Awaited<ReturnType<typeof lockCase>>;
