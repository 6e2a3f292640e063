import { and, asc, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../accounts/tables";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import { isManager } from "../shared/vocabulary";
import type { HelpRequestStatus } from "./api-schema";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { helpRequests } from "./tables";

const requester = alias(users, "requester");

// "me": what others asked of me (directly, my team, or supervisors), the most urgent first, so
// it sits above normal work; "mine": what I asked of others.
export async function listHelpRequests(options: {
  db: Db;
  orgId: string;
  actor: Extract<Principal, { kind: "user" }>;
  for: "me" | "mine";
  status: HelpRequestStatus | "all";
  caseId?: string;
  limit: number;
}) {
  const { db, orgId, actor } = options;
  const filters: (SQL | undefined)[] = [eq(helpRequests.orgId, orgId)];
  if (options.status !== "all") filters.push(eq(helpRequests.status, options.status));
  if (options.caseId) filters.push(eq(helpRequests.caseId, options.caseId));
  if (options.for === "mine") filters.push(eq(helpRequests.requestedBy, actor.userId));
  else {
    const settings = await loadWorkflowSettings({ db, orgId });
    const myTeams = settings.teams.filter((t) => t.memberIds.includes(actor.userId)).map((t) => t.key);
    filters.push(
      or(
        eq(helpRequests.toUserId, actor.userId),
        isManager(actor.role) ? eq(helpRequests.toKind, "supervisor") : undefined,
        myTeams.length > 0
          ? and(eq(helpRequests.toKind, "team"), inArray(helpRequests.toTeam, myTeams))
          : undefined,
      ),
    );
  }
  const rows = await db
    .select({
      request: helpRequests,
      caseNumber: cases.number,
      caseSubject: cases.subject,
      requesterName: requester.name,
    })
    .from(helpRequests)
    .innerJoin(cases, eq(cases.id, helpRequests.caseId))
    .leftJoin(requester, eq(requester.id, helpRequests.requestedBy))
    .where(and(...filters))
    .orderBy(desc(helpRequests.priority), asc(helpRequests.dueAt), asc(helpRequests.id))
    .limit(options.limit);
  return { items: rows.map(toHelpRequest) };
}

export function toHelpRequest(row: {
  request: typeof helpRequests.$inferSelect;
  caseNumber: number;
  caseSubject: string | null;
  requesterName: string | null;
}) {
  const r = row.request;
  return {
    id: r.id,
    case: { id: r.caseId, number: row.caseNumber, subject: row.caseSubject },
    requestedBy: r.requestedBy ? { id: r.requestedBy, name: row.requesterName ?? "" } : null,
    to: { kind: r.toKind as "supervisor" | "team" | "user", team: r.toTeam, userId: r.toUserId },
    priority: r.priority,
    note: r.note,
    status: r.status as HelpRequestStatus,
    answer: r.answer,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    dueAt: r.dueAt.toISOString(),
    warnedAt: r.warnedAt?.toISOString() ?? null,
    breachedAt: r.breachedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
