import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "../workflow/lock-case";
import { casePromises } from "./tables";

export type PromiseRow = typeof casePromises.$inferSelect;

/**
 * Locks an open promise (case first, as every resolution write does), lets `change` check it,
 * then closes it with the given state and fields. Shared by "kept" and "cancelled".
 */
export async function closePromise(options: {
  tx: Tx;
  orgId: string;
  promiseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  state: "kept" | "cancelled";
  check?: (promise: PromiseRow) => Promise<void>;
  fields: Partial<Pick<PromiseRow, "evidence" | "cancelReason">>;
}) {
  const { tx, orgId, actor } = options;
  const [found] = await tx
    .select({ caseId: casePromises.caseId })
    .from(casePromises)
    .where(and(eq(casePromises.orgId, orgId), eq(casePromises.id, options.promiseId)));
  if (!found) throw AppError.notFound("That promise");
  const row = await lockCase({ tx, orgId, caseId: found.caseId });
  const [promise] = await tx
    .select()
    .from(casePromises)
    .where(eq(casePromises.id, options.promiseId))
    .for("update");
  if (promise!.state !== "open") throw new AppError("conflict", `This promise is already ${promise!.state}.`);
  await options.check?.(promise!);
  const now = new Date();
  await tx
    .update(casePromises)
    .set({
      ...options.fields,
      state: options.state,
      closedBy: actor.userId,
      closedAt: now,
      nextCheckAt: null,
    })
    .where(eq(casePromises.id, promise!.id));
  await recordAudit({
    tx,
    orgId,
    actor,
    action: `promise.${options.state}`,
    entityType: "case",
    entityId: row.id,
    data: { promiseId: promise!.id, ...options.fields, late: now > promise!.dueAt },
  });
  await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.id, number: row.number });
}
