import { and, eq } from "drizzle-orm";
import { cases } from "../cases/tables";
import { recordAudit } from "../platform/audit/record-audit";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { lockCase } from "./lock-case";
import { notifyUsers } from "./notify-users";
import { findHelpRequestRecipients } from "./request-help";
import { helpRequests } from "./tables";

export async function answerHelpRequest(options: {
  db: Db;
  orgId: string;
  requestId: string;
  actor: Extract<Principal, { kind: "user" }>;
  answer: string;
}) {
  const { db, orgId, actor } = options;
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ caseId: helpRequests.caseId })
      .from(helpRequests)
      .where(and(eq(helpRequests.orgId, orgId), eq(helpRequests.id, options.requestId)));
    if (!found) throw AppError.notFound("That help request");
    // Case first, then request: the same lock order as asking for help, so the two never deadlock.
    const row = await lockCase({ tx, orgId, caseId: found.caseId });
    const [request] = await tx
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.orgId, orgId), eq(helpRequests.id, options.requestId)))
      .for("update");
    if (request!.status !== "open") throw new AppError("conflict", "This help request was already answered.");
    const addressees = await findHelpRequestRecipients({ tx, orgId, request: request! });
    const manager = actor.role === "supervisor" || actor.role === "admin";
    if (!manager && !addressees.includes(actor.userId)) {
      throw new AppError("forbidden", "This help request is addressed to someone else.");
    }
    const now = new Date();
    await tx
      .update(helpRequests)
      .set({
        status: "answered",
        answer: options.answer.trim(),
        answeredBy: actor.userId,
        answeredAt: now,
        nextCheckAt: null,
      })
      .where(eq(helpRequests.id, request!.id));
    const data = { helpRequestId: request!.id, answer: options.answer.trim(), late: now > request!.dueAt };
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "help_request.answered",
      entityType: "case",
      entityId: row.id,
      data,
    });
    const [stillOpen] = await tx
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(and(eq(helpRequests.caseId, row.id), eq(helpRequests.status, "open")))
      .limit(1);
    if (!stillOpen && row.status === "waiting_internal") {
      await tx
        .update(cases)
        .set({ status: "open", updatedAt: now })
        .where(and(eq(cases.orgId, orgId), eq(cases.id, row.id)));
      await recordAudit({
        tx,
        orgId,
        actor,
        action: "case.transitioned",
        entityType: "case",
        entityId: row.id,
        data: { from: "waiting_internal", to: "open", reason: "help answered" },
      });
    }
    const told = [request!.requestedBy, row.ownerId].filter(
      (id): id is string => Boolean(id) && id !== actor.userId,
    );
    await notifyUsers({
      tx,
      orgId,
      userIds: told,
      kind: "help_request.answered",
      caseId: row.id,
      caseNumber: row.number,
      data,
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.id, number: row.number });
  });
}
