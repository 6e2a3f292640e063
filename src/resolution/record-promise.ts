import { and, eq } from "drizzle-orm";
import { users } from "../accounts/tables";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "../workflow/lock-case";
import { loadCompensationSettings } from "./load-compensation-settings";
import type { PromiseBody } from "./schema";
import { accommodations, casePromises } from "./tables";

// R22: a promise is a record with an owner and a due time, reminded before and checked after.
export async function recordPromise(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  body: PromiseBody;
  now?: Date;
}) {
  const { db, orgId, caseId, actor, body } = options;
  const now = options.now ?? new Date();
  const dueAt = new Date(body.dueAt);
  if (dueAt <= now) throw AppError.forField("dueAt", "must be in the future");
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    if (row.status === "closed") throw new AppError("conflict", "Reopen the case before promising anything.");
    const ownerId = body.ownerId ?? actor.userId;
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.id, ownerId), eq(users.active, true)));
    if (!owner) throw AppError.forField("ownerId", "is not an active user of this organization");
    if (body.accommodationId) {
      const [linked] = await tx
        .select({ id: accommodations.id })
        .from(accommodations)
        .where(and(eq(accommodations.caseId, caseId), eq(accommodations.id, body.accommodationId)));
      if (!linked) throw AppError.forField("accommodationId", "is not an accommodation of this case");
    }
    const { settings } = await loadCompensationSettings({ db: tx, orgId });
    const remindAt = new Date(
      Math.max(now.getTime(), dueAt.getTime() - settings.promiseReminderMinutes * 60_000),
    );
    const [created] = await tx
      .insert(casePromises)
      .values({
        orgId,
        caseId,
        kind: body.kind,
        text: body.text,
        dueAt,
        ownerId,
        accommodationId: body.accommodationId ?? null,
        remindAt,
        nextCheckAt: remindAt,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "promise.recorded",
      entityType: "case",
      entityId: caseId,
      data: { promiseId: created!.id, kind: body.kind, text: body.text, dueAt: dueAt.toISOString(), ownerId },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
    return created!;
  });
}
