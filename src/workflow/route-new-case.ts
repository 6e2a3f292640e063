import { and, desc, eq } from "drizzle-orm";
import { cases, interactions } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Tx } from "../platform/db/client";
import { applyAssignment } from "./assign-case";
import { chooseAssignee } from "./choose-assignee";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { lockCase } from "./lock-case";
import { refreshCaseSla } from "./refresh-case-sla";

type TriageHints = {
  difficult?: boolean;
  difficultReasons?: string[];
  language?: { code?: string };
  rootCause?: { key?: string };
};

/**
 * Runs inside the transaction that opened the case: assigns it by rules, skills and load (or
 * leaves it in a team queue) and starts its SLA clocks.
 */
export async function routeNewCase(options: { tx: Tx; orgId: string; caseId: string; now?: Date }) {
  const { tx, orgId, caseId } = options;
  const settings = await loadWorkflowSettings({ db: tx, orgId });
  let row = await lockCase({ tx, orgId, caseId });
  const [latest] = await tx
    .select({ analysis: interactions.analysis })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId)))
    .orderBy(desc(interactions.occurredAt))
    .limit(1);
  const hints = (latest?.analysis as TriageHints | null) ?? {};
  const [customer] = await tx
    .select({ tier: customers.tier })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, row.customerId)));
  if (hints.difficult && !row.difficult) {
    await tx
      .update(cases)
      .set({ difficult: true, difficultReason: hints.difficultReasons?.join("; ") || "flagged by triage" })
      .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
    row = { ...row, difficult: true };
  }
  const decision = await chooseAssignee({
    tx,
    orgId,
    settings,
    facts: {
      channel: row.channel,
      rootCause: row.rootCauseKey ?? hints.rootCause?.key ?? null,
      tier: customer?.tier ?? null,
      language: hints.language?.code ?? null,
      difficult: row.difficult,
    },
  });
  await applyAssignment({
    tx,
    orgId,
    row,
    toUserId: decision.userId,
    queue: decision.queue,
    reason: decision.reason,
    actor: null,
  });
  await refreshCaseSla({ tx, orgId, caseId, settings, now: options.now });
  return decision;
}
