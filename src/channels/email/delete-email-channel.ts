import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Db } from "../../platform/db/client";
import { AppError } from "../../platform/http/app-error";
import type { Principal } from "../../platform/http/auth";
import { emailChannels } from "./tables";

// Interactions keep their mail; only the connection (and its sealed passwords) goes.
export async function deleteEmailChannel(options: {
  db: Db;
  orgId: string;
  channelId: string;
  actor: Principal;
}) {
  const { db, orgId } = options;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(emailChannels)
      .where(and(eq(emailChannels.orgId, orgId), eq(emailChannels.id, options.channelId)))
      .returning({ id: emailChannels.id, address: emailChannels.address });
    if (!row) throw AppError.notFound("That mailbox");
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "email_channel.deleted",
      entityType: "email_channel",
      entityId: row.id,
      data: { address: row.address },
    });
  });
}
