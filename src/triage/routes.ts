import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../platform/http/app-deps";
import { AppError } from "../platform/http/app-error";
import { requireUser } from "../platform/http/auth";
import { noContent } from "../platform/http/openapi";
import { createOrgModel } from "./engine/org-model-schema";
import { correctionSchema, DEFAULT_TAXONOMY, riskFactorSchema, riskWeightsSchema } from "./engine/schema";
import { loadOrgModel } from "./load-org-model";
import { recordCorrection } from "./record-correction";
import { orgTriageModels } from "./tables";

const triageSettingsResponse = z.object({
  riskWeights: z.record(z.string(), z.number()),
  corrections: z.number().int(),
  factors: z.array(z.string()),
});

export function registerTriageRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/v1/interactions/:id/corrections",
    {
      schema: {
        operationId: "recordCorrection",
        tags: ["triage"],
        summary: "Correct the analysis of a customer's message (not unhappy, wrong cause, not a threat)",
        description:
          "The organization's model learns from it in a background job; other organizations are unaffected.",
        params: z.object({ id: z.uuid() }),
        body: correctionSchema,
        response: { 202: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      if (!deps.jobs) throw new AppError("internal", "The job queue is not running.");
      const result = await recordCorrection({
        db: deps.db,
        jobs: deps.jobs,
        orgId: principal.orgId,
        interactionId: request.params.id,
        actor: principal,
        correction: request.body,
      });
      return reply.status(202).send(result);
    },
  );

  api.get(
    "/api/v1/triage/settings",
    {
      schema: {
        operationId: "getTriageSettings",
        tags: ["triage"],
        summary: "How this organization weighs each risk factor, and its model's version",
        response: { 200: triageSettingsResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const org = await loadOrgModel({ db: deps.db, orgId: principal.orgId });
      return {
        riskWeights: org.weights,
        corrections: org.model?.corrections ?? 0,
        factors: riskFactorSchema.options,
      };
    },
  );

  api.put(
    "/api/v1/triage/settings",
    {
      config: { access: { roles: ["admin"] } },
      schema: {
        operationId: "updateTriageSettings",
        tags: ["triage"],
        summary: "Weigh the risk factors: 0 switches one off, 2 doubles it",
        body: z
          .object({ riskWeights: riskWeightsSchema })
          .meta({ example: { riskWeights: { legal_threat: 2, tier: 0 } } }),
        response: { 204: noContent("Saved") },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await deps.db
        .insert(orgTriageModels)
        .values({ orgId: principal.orgId, state: createOrgModel(), riskWeights: request.body.riskWeights })
        .onConflictDoUpdate({
          target: orgTriageModels.orgId,
          set: { riskWeights: request.body.riskWeights, updatedAt: sql`clock_timestamp()` },
        });
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/v1/triage/taxonomy",
    {
      schema: {
        operationId: "getTriageTaxonomy",
        tags: ["triage"],
        summary: "The root-cause taxonomy",
        response: { 200: z.object({ items: z.array(z.object({ key: z.string(), label: z.string() })) }) },
      },
    },
    async () => ({ items: DEFAULT_TAXONOMY }),
  );
}
