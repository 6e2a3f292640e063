import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../platform/http/app-deps";
import { requirePrincipal } from "../../platform/http/auth";
import { ingestMessage } from "../ingest-message";
import { inboundMessageSchema } from "../schema";

const ingestResponse = z.object({
  interactionId: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.number().int(),
  customerId: z.uuid(),
  caseCreated: z.boolean(),
  duplicate: z.boolean(),
});

export function registerMessageRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  api.post(
    "/api/v1/messages",
    {
      config: { access: { apiToken: true, roles: ["admin"] } },
      schema: {
        operationId: "ingestMessage",
        tags: ["intake"],
        summary: "Deliver one inbound message (idempotent by channel + externalId)",
        description:
          "201 when stored; 200 with the original when this channel and externalId were seen before.",
        body: inboundMessageSchema,
        response: { 200: ingestResponse, 201: ingestResponse },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const result = await ingestMessage({
        db: deps.db,
        orgId: principal.orgId,
        message: request.body,
        actor: principal,
      });
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );
}
