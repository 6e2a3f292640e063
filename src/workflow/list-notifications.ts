import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { notifications } from "./tables";

// Keyset pages over (created_at, id), newest first, like the case queue.
export async function listNotifications(options: {
  db: Db;
  orgId: string;
  userId: string;
  unread: boolean;
  limit: number;
  cursor?: string;
}) {
  const { db, orgId, userId, limit } = options;
  const filters: SQL[] = [eq(notifications.orgId, orgId), eq(notifications.userId, userId)];
  if (options.unread) filters.push(isNull(notifications.readAt));
  if (options.cursor) {
    const [micros, id] = Buffer.from(options.cursor, "base64url").toString().split(".");
    if (!micros || !/^\d{1,17}$/.test(micros) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
      throw AppError.forField("querystring.cursor", "is not a cursor this server gave out");
    }
    filters.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (to_timestamp(${micros}::double precision / 1000000), ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      row: notifications,
      micros: sql<string>`(extract(epoch from ${notifications.createdAt}) * 1000000)::bigint::text`,
    })
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => ({
      id: row.id,
      kind: row.kind,
      caseId: row.caseId,
      data: (row.data as Record<string, unknown> | null) ?? null,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
    nextCursor:
      rows.length > limit && last ? Buffer.from(`${last.micros}.${last.row.id}`).toString("base64url") : null,
  };
}
