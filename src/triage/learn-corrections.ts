import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { interactions } from "../cases/tables";
import { defineJob } from "../platform/jobs/define-job";
import { analyzeInbound } from "./analyze-inbound";
import { learnFromCorrection } from "./engine/learn-from-correction";
import { createOrgModel, orgModelSchema } from "./engine/org-model-schema";
import { type Correction, correctionSchema } from "./engine/schema";
import { orgTriageModels, triageCorrections } from "./tables";

// Folds an organization's pending corrections into its model, one transaction per run. The row
// lock makes two workers take turns; `learned_at` makes a retried run skip what it already learned.
export const learnTriageCorrectionsJob = defineJob({
  id: "learn-triage-corrections",
  payload: z.object({ orgId: z.uuid() }),
  workers: 1,
  async handle({ orgId }, { db, log }) {
    await db.transaction(async (tx) => {
      await tx.insert(orgTriageModels).values({ orgId, state: createOrgModel() }).onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(orgTriageModels)
        .where(eq(orgTriageModels.orgId, orgId))
        .for("update");
      const pending = await tx
        .select({
          id: triageCorrections.id,
          correction: triageCorrections.correction,
          interactionId: triageCorrections.interactionId,
          text: interactions.text,
          caseId: interactions.caseId,
          customerId: interactions.customerId,
          channel: interactions.channel,
        })
        .from(triageCorrections)
        .innerJoin(interactions, eq(interactions.id, triageCorrections.interactionId))
        .where(and(eq(triageCorrections.orgId, orgId), isNull(triageCorrections.learnedAt)))
        .orderBy(asc(triageCorrections.id));
      if (pending.length === 0) return;
      let state = orgModelSchema.catch(createOrgModel()).parse(row!.state);
      for (const item of pending) {
        state = learnFromCorrection({
          orgModel: state,
          text: item.text,
          correction: correctionSchema.parse(item.correction) as Correction,
        });
      }
      await tx
        .update(orgTriageModels)
        .set({ state, corrections: state.corrections, updatedAt: sql`clock_timestamp()` })
        .where(eq(orgTriageModels.orgId, orgId));
      await tx
        .update(triageCorrections)
        .set({ learnedAt: new Date() })
        .where(
          inArray(
            triageCorrections.id,
            pending.map((p) => p.id),
          ),
        );
      // The corrected messages are read again, so agents see the model agree with them.
      for (const item of new Map(pending.map((p) => [p.interactionId, p])).values()) {
        await analyzeInbound({
          tx,
          orgId,
          caseId: item.caseId,
          customerId: item.customerId,
          interactionId: item.interactionId,
          text: item.text,
          channel: item.channel as Parameters<typeof analyzeInbound>[0]["channel"],
        });
      }
      log.info({ orgId, learned: pending.length, corrections: state.corrections }, "triage model adapted");
    });
  },
});
