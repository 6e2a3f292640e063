import { and, eq, inArray } from "drizzle-orm";
import { users } from "../accounts/tables";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db, Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";
import { findSupervisorIds, notifyUsers } from "./notify-users";
import { helpRequests } from "./tables";

type Priority = "low" | "normal" | "high" | "critical";

/**
 * R23: the agent pulls in a supervisor, a team or a colleague with a priority and a due time.
 * The agent stays the owner; the request runs its own clock and tops the other side's queue.
 */
export async function requestHelp(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  to: "supervisor" | "team" | "user";
  team?: string;
  userId?: string;
  priority: Priority;
  dueAt: Date;
  note: string;
  now?: Date;
}) {
  const { db, orgId, caseId, actor, to } = options;
  const now = options.now ?? new Date();
  if (options.dueAt <= now) throw AppError.forField("dueAt", "must be in the future");
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    if (row.status === "closed") throw new AppError("conflict", "Reopen the case before asking for help.");
    const settings = await loadWorkflowSettings({ db: tx, orgId });
    if (to === "team" && !settings.teams.some((team) => team.key === options.team)) {
      throw AppError.forField("team", "is not a team of this organization");
    }
    if (to === "user") {
      const [target] = options.userId
        ? await tx
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.orgId, orgId), eq(users.id, options.userId), eq(users.active, true)))
        : [];
      if (!target) throw AppError.forField("userId", "is not an active user of this organization");
    }
    const warnAt = new Date(
      now.getTime() + (options.dueAt.getTime() - now.getTime()) * settings.helpRequests.warnAtShare,
    );
    const [request] = await tx
      .insert(helpRequests)
      .values({
        orgId,
        caseId,
        requestedBy: actor.userId,
        toKind: to,
        toTeam: to === "team" ? options.team! : null,
        toUserId: to === "user" ? options.userId! : null,
        priority: options.priority,
        note: options.note.trim(),
        dueAt: options.dueAt,
        warnAt,
        nextCheckAt: warnAt,
        createdAt: now,
      })
      .returning();
    const data = { helpRequestId: request!.id, to, team: request!.toTeam, userId: request!.toUserId };
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "help_request.created",
      entityType: "case",
      entityId: caseId,
      data: { ...data, priority: options.priority, dueAt: options.dueAt.toISOString(), note: request!.note },
    });
    if (row.status === "new" || row.status === "open") {
      await tx
        .update(cases)
        .set({ status: "waiting_internal", updatedAt: now })
        .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
      await recordAudit({
        tx,
        orgId,
        actor,
        action: "case.transitioned",
        entityType: "case",
        entityId: caseId,
        data: { from: row.status, to: "waiting_internal", reason: "help requested" },
      });
    }
    const recipients = await findHelpRequestRecipients({ tx, orgId, request: request! });
    await notifyUsers({
      tx,
      orgId,
      userIds: recipients.filter((id) => id !== actor.userId),
      kind: "help_request.created",
      caseId,
      caseNumber: row.number,
      data: { ...data, priority: options.priority },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
    return request!;
  });
}

export async function findHelpRequestRecipients(options: {
  tx: Tx;
  orgId: string;
  request: { toKind: string; toTeam: string | null; toUserId: string | null };
}): Promise<string[]> {
  const { tx, orgId, request } = options;
  if (request.toKind === "user") return request.toUserId ? [request.toUserId] : [];
  if (request.toKind === "supervisor") return findSupervisorIds({ tx, orgId });
  const settings = await loadWorkflowSettings({ db: tx, orgId });
  const members = settings.teams.find((team) => team.key === request.toTeam)?.memberIds ?? [];
  if (members.length === 0) return [];
  const active = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.active, true), inArray(users.id, members)));
  return active.map((user) => user.id);
}
