import { and, asc, eq } from "drizzle-orm";
import { users } from "../accounts/tables";
import { auditLog } from "../audit/tables";
import { cases, interactions } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";

const LIMIT = 1000;

// One story of the case: what the customer and agents said, and everything done to the case.
export async function getCaseTimeline(options: { db: Db; orgId: string; caseId: string }) {
  const { db, orgId, caseId } = options;
  const [found] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!found) throw AppError.notFound("That case");
  const [messages, events] = await Promise.all([
    db
      .select()
      .from(interactions)
      .where(and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId)))
      .orderBy(asc(interactions.occurredAt))
      .limit(LIMIT),
    db
      .select({ entry: auditLog, actorName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityType, "case"), eq(auditLog.entityId, caseId)))
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id))
      .limit(LIMIT),
  ]);
  const items = [
    ...messages.map((m) => ({
      kind: "interaction" as const,
      id: m.id,
      at: m.occurredAt.toISOString(),
      sort: m.occurredAt.getTime(),
      action: `interaction.${m.direction}`,
      actor: m.authorName ? { id: m.authorUserId, name: m.authorName } : null,
      data: { direction: m.direction, channel: m.channel, subject: m.subject, text: m.text },
    })),
    ...events.map(({ entry, actorName }) => ({
      kind: "event" as const,
      id: String(entry.id),
      at: entry.createdAt.toISOString(),
      sort: entry.createdAt.getTime(),
      action: entry.action,
      actor: entry.actorUserId ? { id: entry.actorUserId, name: actorName ?? "" } : null,
      data: (entry.data as Record<string, unknown> | null) ?? {},
    })),
  ].sort((a, b) => a.sort - b.sort);
  return { items: items.map(({ sort: _sort, ...item }) => item) };
}
