import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError, type FieldProblem } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import type { CaseStatus, Outcome } from "../shared/vocabulary";
import { findMissingItems, loadPlaybook } from "./load-playbook";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";
import { refreshCaseSla } from "./refresh-case-sla";
import { closePause, openPause } from "./sla-pauses";

const working: CaseStatus[] = ["new", "open", "waiting_customer", "waiting_internal"];

// Reopening is always possible (R33: never walk away); closing an unresolved case is allowed
// only as an explicit judgement that it cannot be resolved or that the customer went silent.
export const allowedTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ["open", "waiting_customer", "waiting_internal", "resolved", "closed"],
  open: ["waiting_customer", "waiting_internal", "resolved", "closed"],
  waiting_customer: ["open", "waiting_internal", "resolved", "closed"],
  waiting_internal: ["open", "waiting_customer", "resolved", "closed"],
  resolved: ["following_up", "closed", "open"],
  following_up: ["closed", "open"],
  closed: ["open"],
};

export async function transitionCase(options: {
  db: Db;
  orgId: string;
  caseId: string;
  actor: Principal | null;
  to: CaseStatus;
  outcome?: Outcome;
  reason?: string;
  now?: Date;
}) {
  const { db, orgId, caseId, to } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const row = await lockCase({ tx, orgId, caseId });
    const from = row.status;
    if (!allowedTransitions[from].includes(to)) {
      throw new AppError("conflict", `A ${label(from)} case cannot move to ${label(to)}.`, {
        details: [{ field: "to", reason: `not allowed from ${from}` }],
      });
    }
    const settings = await loadWorkflowSettings({ db: tx, orgId });
    const problems: FieldProblem[] = [];
    if (to === "resolved") {
      const playbook = await loadPlaybook({ db: tx, orgId, row });
      problems.push(...findMissingItems({ playbook, required: settings.gates.resolve, before: "resolving" }));
    }
    if (to === "closed") {
      if (!options.outcome) problems.push({ field: "outcome", reason: "an outcome is required to close" });
      else if (working.includes(from) && !["unresolvable", "no_response"].includes(options.outcome)) {
        problems.push({
          field: "outcome",
          reason: "a case closed without being resolved is unresolvable or no_response",
        });
      }
      if (options.outcome === "unresolvable" && !options.reason?.trim()) {
        problems.push({ field: "reason", reason: "say why the case cannot be resolved" });
      }
      const playbook = await loadPlaybook({ db: tx, orgId, row });
      problems.push(...findMissingItems({ playbook, required: settings.gates.close, before: "closing" }));
    }
    if (problems.length > 0) {
      throw new AppError("conflict", `The case cannot move to ${label(to)} yet.`, { details: problems });
    }

    const reopening = to === "open" && !working.includes(from);
    let pauses = row.slaPauses;
    if (to === "waiting_customer") pauses = openPause(pauses, now);
    else if (from === "waiting_customer") pauses = closePause(pauses, now);
    await tx
      .update(cases)
      .set({
        status: to,
        slaPauses: pauses,
        updatedAt: now,
        ...(to === "resolved" ? { resolvedAt: now } : {}),
        ...(to === "closed"
          ? { closedAt: now, outcome: options.outcome ?? null, outcomeReason: options.reason?.trim() || null }
          : {}),
        ...(reopening ? { resolvedAt: null, closedAt: null, outcome: null, outcomeReason: null } : {}),
      })
      .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: reopening ? "case.reopened" : "case.transitioned",
      entityType: "case",
      entityId: caseId,
      data: { from, to, outcome: options.outcome ?? null, reason: options.reason ?? null },
    });
    await refreshCaseSla({ tx, orgId, caseId, now, settings });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: row.number });
    return { from, to };
  });
}

function label(status: CaseStatus): string {
  return status.replace("_", " ");
}
