import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { replyTemplates } from "./tables";

// Replies already sent keep their text; only the starting point goes.
export async function deleteReplyTemplate(options: {
  db: Db;
  orgId: string;
  templateId: string;
  actor: Principal;
}) {
  const { db, orgId } = options;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(replyTemplates)
      .where(and(eq(replyTemplates.orgId, orgId), eq(replyTemplates.id, options.templateId)))
      .returning({ id: replyTemplates.id, name: replyTemplates.name });
    if (!row) throw AppError.notFound("That template");
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "reply_template.deleted",
      entityType: "reply_template",
      entityId: row.id,
      data: { name: row.name },
    });
  });
}
