import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "../workflow/lock-case";
import { accommodations } from "./tables";

// Every granted item is tracked to the customer: who delivered it, when, and a reference.
export async function markAccommodationDelivered(options: {
  db: Db;
  orgId: string;
  accommodationId: string;
  actor: Extract<Principal, { kind: "user" }>;
  reference: string;
}) {
  const { db, orgId, actor } = options;
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ caseId: accommodations.caseId })
      .from(accommodations)
      .where(and(eq(accommodations.orgId, orgId), eq(accommodations.id, options.accommodationId)));
    if (!found) throw AppError.notFound("That accommodation");
    const row = await lockCase({ tx, orgId, caseId: found.caseId });
    const [item] = await tx
      .select()
      .from(accommodations)
      .where(eq(accommodations.id, options.accommodationId))
      .for("update");
    if (item!.status !== "granted") {
      throw new AppError(
        "conflict",
        `Only a granted item can be delivered; this one is ${item!.status.replace("_", " ")}.`,
      );
    }
    const now = new Date();
    await tx
      .update(accommodations)
      .set({
        status: "delivered",
        deliveredBy: actor.userId,
        deliveredAt: now,
        deliveryReference: options.reference,
      })
      .where(eq(accommodations.id, item!.id));
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "accommodation.delivered",
      entityType: "case",
      entityId: row.id,
      data: { accommodationId: item!.id, type: item!.type, reference: options.reference },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.id, number: row.number });
  });
}
