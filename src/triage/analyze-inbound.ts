import { and, count, eq, gt, ne, sql } from "drizzle-orm";
import { cases, interactions } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Tx } from "../platform/db/client";
import { analyzeMessage } from "./engine/analyze-message";
import type { TriageAnalysis, TriageInput } from "./engine/schema";
import { loadOrgModel } from "./load-org-model";

const priorityRank = { low: 0, normal: 1, high: 2, critical: 3 } as const;

// Reads every inbound message with what Mend knows of the writer (value, reach, history),
// stores the analysis on the interaction and lets it raise — never lower — the case's stakes.
export async function analyzeInbound(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  customerId: string;
  interactionId: string;
  text: string;
  channel: TriageInput["channel"];
  isPublic?: boolean;
}): Promise<TriageAnalysis> {
  const { tx, orgId, customerId } = options;
  const since = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
  // One transaction is one connection: these run one after another.
  const [customer] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  const [recent] = await tx
    .select({ n: count() })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        eq(interactions.customerId, customerId),
        eq(interactions.direction, "inbound"),
        gt(interactions.occurredAt, since),
        ne(interactions.id, options.interactionId),
      ),
    );
  const [caseCounts] = await tx
    .select({
      prior: sql<number>`count(*) filter (where ${cases.id} <> ${options.caseId})::int`,
      open: sql<number>`count(*) filter (where ${cases.status} not in ('resolved', 'closed'))::int`,
    })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.customerId, customerId)));
  const org = await loadOrgModel({ db: tx, orgId });
  const analysis = analyzeMessage({
    input: {
      text: options.text,
      channel: options.channel,
      isPublic: options.isPublic ?? ["twitter", "facebook", "instagram"].includes(options.channel),
      customer: customer
        ? {
            lifetimeValue: customer.lifetimeValue === null ? null : Number(customer.lifetimeValue),
            tier: customer.tier,
            customerSince: customer.customerSince,
            followers: customer.followers,
            advocate: customer.advocate,
          }
        : undefined,
      history: {
        priorInteractions30d: recent?.n ?? 0,
        priorComplaints: caseCounts?.prior ?? 0,
        openCases: caseCounts?.open ?? 0,
      },
    },
    orgModel: org.model,
    weights: org.weights,
  });

  await tx.update(interactions).set({ analysis }).where(eq(interactions.id, options.interactionId));
  const [current] = await tx
    .select({ priority: cases.priority, riskScore: cases.riskScore, difficult: cases.difficult })
    .from(cases)
    .where(eq(cases.id, options.caseId));
  const raisePriority = priorityRank[analysis.priority] > priorityRank[current!.priority];
  const raiseRisk = analysis.risk.score > (current!.riskScore ?? -1);
  if (raisePriority || raiseRisk || (analysis.difficult && !current!.difficult)) {
    await tx
      .update(cases)
      .set({
        ...(raisePriority ? { priority: analysis.priority } : {}),
        ...(raiseRisk ? { riskScore: analysis.risk.score, riskReasons: analysis.risk.reasons } : {}),
        ...(analysis.difficult && !current!.difficult
          ? { difficult: true, difficultReason: analysis.difficultReasons.join("; ") || "flagged by triage" }
          : {}),
      })
      .where(eq(cases.id, options.caseId));
  }
  return analysis;
}
