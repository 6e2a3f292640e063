import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { interactions } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import type { PlaybookItemKey } from "../shared/vocabulary";
import { lockCase } from "./lock-case";
import { evidenceSchemas } from "./schema";
import { casePlaybookItems } from "./tables";

// The agent sets or confirms one checklist item; done needs the evidence that item asks for.
export async function updatePlaybookItem(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Principal;
  item: PlaybookItemKey;
  done: boolean;
  evidence?: Record<string, unknown>;
}) {
  const { db, orgId, caseId, item, done } = options;
  if (item === "root_cause") {
    throw new AppError("validation_failed", "Record the root cause with PUT /api/v1/cases/:id/root-cause.", {
      details: [{ field: "params.item", reason: "root_cause is set through the root-cause endpoint" }],
    });
  }
  let evidence: Record<string, unknown> | null = null;
  if (done || options.evidence) {
    const parsed = evidenceSchemas[item].safeParse(options.evidence ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => ({
        field: ["evidence", ...issue.path.map(String)].join("."),
        reason: issue.message,
      }));
      throw new AppError("validation_failed", `${details[0]!.field}: ${details[0]!.reason}`, { details });
    }
    evidence = parsed.data as Record<string, unknown>;
  }
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    const interactionId = evidence?.interactionId;
    if (typeof interactionId === "string") {
      const [found] = await tx
        .select({ id: interactions.id })
        .from(interactions)
        .where(
          and(
            eq(interactions.orgId, orgId),
            eq(interactions.caseId, caseId),
            eq(interactions.id, interactionId),
          ),
        );
      if (!found) {
        throw AppError.forField("evidence.interactionId", "is not part of this case");
      }
    }
    const now = new Date();
    const values = {
      done,
      evidence,
      source: "agent",
      updatedBy: options.actor.kind === "user" ? options.actor.userId : null,
      doneAt: done ? now : null,
      updatedAt: now,
    };
    await tx
      .insert(casePlaybookItems)
      .values({ orgId, caseId, item, ...values })
      .onConflictDoUpdate({ target: [casePlaybookItems.caseId, casePlaybookItems.item], set: values });
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "playbook.updated",
      entityType: "case",
      entityId: caseId,
      data: { item, done, evidence },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
  });
}
