import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError, type FieldProblem } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";

// R9 + R10: the cause from the organization's taxonomy, and whether the company was at fault,
// which decides whether the apology admits a mistake.
export async function recordRootCause(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Principal;
  key: string;
  fault: "yes" | "no" | "partly";
  note?: string;
}) {
  const { db, orgId, caseId } = options;
  const note = options.note?.trim() || null;
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    const settings = await loadWorkflowSettings({ db: tx, orgId });
    const problems: FieldProblem[] = [];
    if (!settings.rootCauses.some((entry) => entry.key === options.key)) {
      problems.push({
        field: "key",
        reason: `not one of ${settings.rootCauses.map((entry) => entry.key).join(", ")}`,
      });
    }
    if (options.key === "other" && !note) {
      problems.push({ field: "note", reason: "describe the cause when it is other" });
    }
    if (problems.length > 0) {
      throw new AppError("validation_failed", `${problems[0]!.field}: ${problems[0]!.reason}`, {
        details: problems,
      });
    }
    await tx
      .update(cases)
      .set({
        rootCauseKey: options.key,
        rootCauseFault: options.fault,
        rootCauseNote: note,
        updatedAt: new Date(),
      })
      .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "case.root_cause_recorded",
      entityType: "case",
      entityId: caseId,
      data: {
        key: options.key,
        fault: options.fault,
        note,
        previous: row.rootCauseKey ? { key: row.rootCauseKey, fault: row.rootCauseFault } : null,
      },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
  });
}
