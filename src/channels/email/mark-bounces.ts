import { and, eq, inArray, sql } from "drizzle-orm";
import { cases, interactions } from "../../cases/tables";
import { emailBounces } from "../../customers/tables";
import type { Db } from "../../platform/db/client";
import { publishCaseEvent } from "../../platform/events";

// A bounce never opens a case: it marks the addresses as bouncing and, when the report quotes one
// of our Message-IDs, shows the agent that this reply did not arrive.
export async function markBounces(options: {
  db: Db;
  orgId: string;
  recipients: string[];
  reason: string;
  raw: Buffer;
}): Promise<{ failedInteractions: number }> {
  const { db, orgId } = options;
  // Delivery reports quote the original headers in a message/rfc822(-headers) part.
  const quoted = [...options.raw.toString("latin1").matchAll(/^Message-ID:\s*(<mend\.[^>\s]+>)/gim)].map(
    (match) => match[1] as string,
  );
  return db.transaction(async (tx) => {
    for (const address of new Set(options.recipients.map((r) => r.toLowerCase()))) {
      await tx
        .insert(emailBounces)
        .values({ orgId, address, reason: options.reason })
        .onConflictDoUpdate({
          target: [emailBounces.orgId, emailBounces.address],
          set: { reason: options.reason, count: sql`${emailBounces.count} + 1`, lastBouncedAt: new Date() },
        });
    }
    if (quoted.length === 0) return { failedInteractions: 0 };
    const failed = await tx
      .update(interactions)
      .set({ deliveryStatus: "failed", deliveryError: `Bounced: ${options.reason}` })
      .where(
        and(
          eq(interactions.orgId, orgId),
          eq(interactions.direction, "outbound"),
          inArray(interactions.emailMessageId, quoted),
        ),
      )
      .returning({ caseId: interactions.caseId });
    for (const caseId of new Set(failed.map((f) => f.caseId))) {
      const [row] = await tx.select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
      if (row) await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
    }
    return { failedInteractions: failed.length };
  });
}
