import { count, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { checkTemplateVariables } from "./check-template-variables";
import { type CreateTemplateBody, MAX_TEMPLATES_PER_ORG } from "./schema";
import { replyTemplates } from "./tables";
import { toTemplateResponse } from "./template-response";

export async function createReplyTemplate(options: {
  db: Db;
  orgId: string;
  actor: Extract<Principal, { kind: "user" }>;
  body: CreateTemplateBody;
}) {
  const { db, orgId, actor, body } = options;
  checkTemplateVariables(body.body);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ total: count() })
      .from(replyTemplates)
      .where(eq(replyTemplates.orgId, orgId));
    if ((existing?.total ?? 0) >= MAX_TEMPLATES_PER_ORG) {
      throw new AppError(
        "conflict",
        `An organization keeps at most ${MAX_TEMPLATES_PER_ORG} templates; delete one you no longer use.`,
      );
    }
    const [row] = await tx
      .insert(replyTemplates)
      .values({
        orgId,
        name: body.name,
        body: body.body,
        stage: body.stage,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw AppError.forField("name", `a template named “${body.name}” already exists`, "conflict");
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "reply_template.created",
      entityType: "reply_template",
      entityId: row.id,
      data: { name: row.name },
    });
    return toTemplateResponse(row, { id: actor.userId, name: actor.name });
  });
}
