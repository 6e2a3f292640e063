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
    const [updated] = await tx
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
    return { case: updated!, created: false };
  }

  // The counter row is locked until commit, and a rollback undoes the increment: no gaps.
  const [counter] = await tx
    .update(organizations)
    .set({ lastCaseNumber: sql`${organizations.lastCaseNumber} + 1` })
    .where(eq(organizations.id, orgId))
    .returning({ number: organizations.lastCaseNumber });
  const [created] = await tx
    .insert(cases)
    .values({
      orgId,
      number: counter!.number,
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
