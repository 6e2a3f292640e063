import { and, eq, gt, sql } from "drizzle-orm";
import { cases, interactions } from "../../cases/tables";
import type { Db } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { queueEmailDelivery } from "./queue-email-delivery";
import type { emailChannels } from "./tables";

// However chatty a sender (or a robot pretending to be one), a case gets at most this many
// automatic mails a day: the last guard against two auto-responders answering each other.
export const MAX_AUTOMATIC_MAILS_PER_CASE_PER_DAY = 3;

export async function queueRefusalNotice(options: {
  db: Db;
  jobs: JobRunner;
  channel: typeof emailChannels.$inferSelect;
  caseId: string;
  reason: string;
}): Promise<boolean> {
  const { db, channel, caseId } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ customerId: cases.customerId, subject: cases.subject })
      .from(cases)
      .where(and(eq(cases.orgId, channel.orgId), eq(cases.id, caseId)))
      .for("update");
    if (!current) return false;
    const [sent] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(interactions)
      .where(
        and(
          eq(interactions.caseId, caseId),
          eq(interactions.direction, "outbound"),
          sql`${interactions.emailDetails}->>'automatic' = 'true'`,
          gt(interactions.occurredAt, new Date(Date.now() - 24 * 3600_000)),
        ),
      );
    if ((sent?.count ?? 0) >= MAX_AUTOMATIC_MAILS_PER_CASE_PER_DAY) return false;
    const [row] = await tx
      .insert(interactions)
      .values({
        orgId: channel.orgId,
        caseId,
        customerId: current.customerId,
        direction: "outbound",
        channel: "email",
        authorName: channel.name,
        subject: current.subject,
        text: `Hello,\n\nWe could not accept your email: ${options.reason}. Please send it again without large attachments, or share them by link.\n\n${channel.name}`,
        occurredAt: new Date(),
        deliveryStatus: "pending",
        emailDetails: { automatic: true, channelId: channel.id },
      })
      .returning({ id: interactions.id });
    await tx
      .update(cases)
      .set({ interactionCount: sql`${cases.interactionCount} + 1` })
      .where(eq(cases.id, caseId));
    await queueEmailDelivery({ tx, jobs: options.jobs, orgId: channel.orgId, interactionId: row!.id });
    return true;
  });
}
