import { and, asc, eq, ilike, type SQL, sql } from "drizzle-orm";
import { users } from "../accounts/tables";
import { knownVariables } from "../coach/engine/fill-template";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { ListTemplatesQuery } from "./schema";
import { replyTemplates } from "./tables";
import { toTemplateResponse } from "./template-response";

// Alphabetical by name, keyset-paged on lower(name), which is unique within an organization.
export async function listReplyTemplates(options: { db: Db; orgId: string; query: ListTemplatesQuery }) {
  const { db, orgId, query } = options;
  const sortKey = sql<string>`lower(${replyTemplates.name})`;
  const filters: SQL[] = [eq(replyTemplates.orgId, orgId)];
  if (query.q) filters.push(ilike(replyTemplates.name, `%${query.q.replace(/[\\%_]/g, "\\$&")}%`));
  if (query.stage) filters.push(eq(replyTemplates.stage, query.stage));
  if (query.cursor) filters.push(sql`${sortKey} > ${decodeCursor(query.cursor)}`);
  const rows = await db
    .select({ template: replyTemplates, sortKey, updatedById: users.id, updatedByName: users.name })
    .from(replyTemplates)
    .leftJoin(users, eq(users.id, replyTemplates.updatedBy))
    .where(and(...filters))
    .orderBy(asc(sortKey))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) =>
      toTemplateResponse(
        row.template,
        row.updatedById && row.updatedByName ? { id: row.updatedById, name: row.updatedByName } : null,
      ),
    ),
    knownVariables: [...knownVariables],
    nextCursor: rows.length > query.limit && last ? Buffer.from(last.sortKey).toString("base64url") : null,
  };
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString();
  if (!decoded || Buffer.from(decoded).toString("base64url") !== cursor) {
    throw AppError.forField("querystring.cursor", "is not a cursor this server gave out");
  }
  return decoded;
}
