import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { users } from "../accounts/tables";
import { customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { CaseSummary, ListCasesQuery } from "./schema";
import { cases } from "./tables";

// The queue pages by keyset (last activity, id), so page 1,000 costs what page 1 costs.
export async function listCases(options: { db: Db; orgId: string; userId?: string; query: ListCasesQuery }) {
  const { db, orgId, query } = options;
  const filters: SQL[] = [eq(cases.orgId, orgId)];
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.channel) filters.push(eq(cases.channel, query.channel));
  if (query.customerId) filters.push(eq(cases.customerId, query.customerId));
  if (query.owner === "unassigned") filters.push(isNull(cases.ownerId));
  else if (query.owner === "me")
    filters.push(eq(cases.ownerId, options.userId ?? "00000000-0000-0000-0000-000000000000"));
  else if (query.owner) filters.push(eq(cases.ownerId, query.owner));
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    filters.push(
      sql`(${cases.lastActivityAt}, ${cases.id}) < (to_timestamp(${cursor.micros}::double precision / 1000000), ${cursor.id}::uuid)`,
    );
  }
  const rows = await selectCaseSummaries(db)
    .where(and(...filters))
    .orderBy(desc(cases.lastActivityAt), desc(cases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCaseSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.cursorMicros, last.id) : null,
  };
}

export function selectCaseSummaries(db: Db) {
  return db
    .select({
      id: cases.id,
      number: cases.number,
      subject: cases.subject,
      preview: cases.preview,
      status: cases.status,
      priority: cases.priority,
      channel: cases.channel,
      riskScore: cases.riskScore,
      customerId: cases.customerId,
      customerName: customers.name,
      ownerId: cases.ownerId,
      ownerName: users.name,
      openedAt: cases.openedAt,
      lastActivityAt: cases.lastActivityAt,
      interactionCount: cases.interactionCount,
      cursorMicros: sql<string>`(extract(epoch from ${cases.lastActivityAt}) * 1000000)::bigint::text`,
    })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(users, eq(users.id, cases.ownerId))
    .$dynamic();
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectCaseSummaries>["execute"]>>[number];

export function toCaseSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    preview: row.preview,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    riskScore: row.riskScore,
    customer: { id: row.customerId, name: row.customerName },
    owner: row.ownerId && row.ownerName ? { id: row.ownerId, name: row.ownerName } : null,
    openedAt: row.openedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    interactionCount: row.interactionCount,
  };
}

function encodeCursor(micros: string, id: string): string {
  return Buffer.from(`${micros}.${id}`).toString("base64url");
}

function decodeCursor(cursor: string): { micros: string; id: string } {
  const match = Buffer.from(cursor, "base64url")
    .toString()
    .match(/^(\d{1,17})\.([0-9a-f-]{36})$/);
  if (!match) {
    throw AppError.forField("querystring.cursor", "is not a cursor this server gave out");
  }
  return { micros: match[1]!, id: match[2]! };
}
