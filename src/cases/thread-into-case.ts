import { and, desc, eq, ne, sql } from "drizzle-orm";
import { organizations } from "../accounts/tables";
import { customers } from "../customers/tables";
import type { Tx } from "../platform/db/client";
import { cases } from "./tables";

const reopenedByReply = new Set(["resolved", "following_up", "waiting_customer"]);

// A customer's new message joins their case that is still being worked; otherwise it opens one.
export async function threadIntoCase(options: {
  tx: Tx;
  orgId: string;
  customerId: string;
  channel: string;
  subject?: string;
  preview: string;
  occurredAt: Date;
}) {
  const { tx, orgId, customerId } = options;
  // Serialises a customer's concurrent messages so they cannot open two cases.
  await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.orgId, orgId)))
    .for("update");
  const [current] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.customerId, customerId), ne(cases.status, "closed")))
    .orderBy(desc(cases.openedAt))
    .limit(1);

  if (current) {
    return {
      case: await recordCustomerReply({
        tx,
        current,
        preview: options.preview,
        occurredAt: options.occurredAt,
      }),
      created: false,
    };
  }

  // The real number comes last (assignCaseNumber), so the organization's counter row is locked
  // only for the end of the transaction; until then a unique placeholder below zero stands in.
  const [created] = await tx
    .insert(cases)
    .values({
      orgId,
      number: sql`-nextval('case_number_placeholder')`,
      customerId,
      channel: options.channel,
      subject: options.subject ?? null,
      preview: options.preview,
      interactionCount: 1,
      openedAt: options.occurredAt,
      lastActivityAt: options.occurredAt,
    })
    .returning();
  return { case: created!, created: true };
}

// The counter row stays locked until commit and a rollback undoes the increment: no gaps, no repeats.
export async function assignCaseNumber(options: { tx: Tx; orgId: string; caseId: string }): Promise<number> {
  const [counter] = await options.tx
    .update(organizations)
    .set({ lastCaseNumber: sql`${organizations.lastCaseNumber} + 1` })
    .where(eq(organizations.id, options.orgId))
    .returning({ number: organizations.lastCaseNumber });
  await options.tx
    .update(cases)
    .set({ number: counter!.number })
    .where(and(eq(cases.orgId, options.orgId), eq(cases.id, options.caseId)));
  return counter!.number;
}

// The customer wrote again on a case still being worked: it reopens a resolved case (R33).
export async function recordCustomerReply(options: {
  tx: Tx;
  current: { id: string; status: (typeof cases.$inferSelect)["status"] };
  preview: string;
  occurredAt: Date;
}) {
  const { current } = options;
  const [updated] = await options.tx
    .update(cases)
    .set({
      status: reopenedByReply.has(current.status) ? "open" : current.status,
      preview: options.preview,
      interactionCount: sql`${cases.interactionCount} + 1`,
      lastActivityAt: sql`greatest(${cases.lastActivityAt}, ${options.occurredAt.toISOString()}::timestamptz)`,
      updatedAt: new Date(),
    })
    .where(eq(cases.id, current.id))
    .returning();
  return updated!;
}
