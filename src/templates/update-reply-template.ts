import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { isUniqueViolation } from "../platform/db/is-unique-violation";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { checkTemplateVariables } from "./check-template-variables";
import type { UpdateTemplateBody } from "./schema";
import { replyTemplates } from "./tables";
import { toTemplateResponse } from "./template-response";

export async function updateReplyTemplate(options: {
  db: Db;
  orgId: string;
  templateId: string;
  actor: Extract<Principal, { kind: "user" }>;
  body: UpdateTemplateBody;
}) {
  const { db, orgId, actor, body } = options;
  if (body.body !== undefined) checkTemplateVariables(body.body);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(replyTemplates)
        .set({ ...body, updatedBy: actor.userId, updatedAt: new Date() })
        .where(and(eq(replyTemplates.orgId, orgId), eq(replyTemplates.id, options.templateId)))
        .returning();
      if (!row) throw AppError.notFound("That template");
      await recordAudit({
        tx,
        orgId,
        actor,
        action: "reply_template.updated",
        entityType: "reply_template",
        entityId: row.id,
        data: { name: row.name, fields: Object.keys(body) },
      });
      return toTemplateResponse(row, { id: actor.userId, name: actor.name });
    });
  } catch (error) {
    if (body.name !== undefined && isUniqueViolation(error))
      throw AppError.forField("name", `a template named “${body.name}” already exists`, "conflict");
    throw error;
  }
}
