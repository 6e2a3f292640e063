import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { interactions } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import type { JobRunner } from "../platform/jobs/define-job";
import type { Correction } from "./engine/schema";
import { learnTriageCorrectionsJob } from "./learn-corrections";
import { triageCorrections } from "./tables";

export async function recordCorrection(options: {
  db: Db;
  jobs: JobRunner;
  orgId: string;
  interactionId: string;
  actor: Extract<Principal, { kind: "user" }>;
  correction: Correction;
}) {
  const { db, orgId, interactionId, correction } = options;
  if (correction.unhappy === undefined && !correction.cause && !correction.notThreat) {
    throw new AppError("validation_failed", "Say what to correct: unhappy, cause or notThreat.", {
      details: [{ field: "body", reason: "needs one of unhappy, cause, notThreat" }],
    });
  }
  const id = await db.transaction(async (tx) => {
    const [interaction] = await tx
      .select({ id: interactions.id, caseId: interactions.caseId, direction: interactions.direction })
      .from(interactions)
      .where(and(eq(interactions.orgId, orgId), eq(interactions.id, interactionId)));
    if (!interaction) throw AppError.notFound("That message");
    if (interaction.direction !== "inbound") {
      throw new AppError("validation_failed", "Only a customer's message has an analysis to correct.", {
        details: [{ field: "id", reason: "is not an inbound message" }],
      });
    }
    const [row] = await tx
      .insert(triageCorrections)
      .values({ orgId, interactionId, userId: options.actor.userId, correction })
      .returning({ id: triageCorrections.id });
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: "triage.corrected",
      entityType: "case",
      entityId: interaction.caseId,
      data: { interactionId, correction },
    });
    return row!.id;
  });
  await options.jobs.send(learnTriageCorrectionsJob, { orgId }, { singletonKey: orgId });
  return { id };
}
