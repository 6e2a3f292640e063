import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { isManager } from "../shared/vocabulary";
import { lockCase } from "./lock-case";
import { notifyUsers } from "./notify-users";
import { findHelpRequestRecipients } from "./request-help";
import { helpRequests } from "./tables";

export type HelpRequestClosing = { kind: "answered"; answer: string } | { kind: "withdrawn" };

// Answered by an addressee (or a manager), or withdrawn by the agent who asked (or a manager) when the
// question no longer needs an answer. Either way the case leaves "waiting on a colleague" once nothing
// else is open, and the other side is told.
export async function closeHelpRequest(options: {
  db: Db;
  orgId: string;
  requestId: string;
  actor: Extract<Principal, { kind: "user" }>;
  closing: HelpRequestClosing;
}) {
  const { db, orgId, actor, closing } = options;
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
    if (request!.status !== "open") {
      throw new AppError("conflict", `This help request was already ${request!.status}.`);
    }
    const addressees = await findHelpRequestRecipients({ tx, orgId, request: request! });
    const manager = isManager(actor.role);
    if (closing.kind === "answered" && !manager && !addressees.includes(actor.userId)) {
      throw new AppError("forbidden", "This help request is addressed to someone else.");
    }
    if (closing.kind === "withdrawn" && !manager && request!.requestedBy !== actor.userId) {
      throw new AppError(
        "forbidden",
        "Only the agent who asked, or a supervisor, can withdraw a help request.",
      );
    }
    const now = new Date();
    const answer = closing.kind === "answered" ? closing.answer.trim() : null;
    // answered_by/answered_at record who closed it and when, for either kind of closing
    await tx
      .update(helpRequests)
      .set({ status: closing.kind, answer, answeredBy: actor.userId, answeredAt: now, nextCheckAt: null })
      .where(eq(helpRequests.id, request!.id));
    const data = { helpRequestId: request!.id, ...(answer ? { answer } : {}), late: now > request!.dueAt };
    await recordAudit({
      tx,
      orgId,
      actor,
      action: `help_request.${closing.kind}`,
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
        data: { from: "waiting_internal", to: "open", reason: `help ${closing.kind}` },
      });
    }
    const told = (closing.kind === "answered" ? [request!.requestedBy, row.ownerId] : addressees).filter(
      (id): id is string => Boolean(id) && id !== actor.userId,
    );
    await notifyUsers({
      tx,
      orgId,
      userIds: told,
      kind: `help_request.${closing.kind}`,
      caseId: row.id,
      caseNumber: row.number,
      data,
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.id, number: row.number });
  });
}
