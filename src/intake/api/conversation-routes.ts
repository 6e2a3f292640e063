import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { caseIdParams } from "../../cases/schema";
import type { AppDeps } from "../../platform/http/app-deps";
import { requireUser } from "../../platform/http/auth";
import { callLogBody, newCallBody, newVisitBody, visitLogBody } from "../conversation-schema";
import { logConversation } from "../log-conversation";
import { ingestResponse } from "../schema";

const response = { 200: ingestResponse, 201: ingestResponse };
const kinds = [
  {
    path: "calls",
    kind: "phone",
    what: "phone call",
    body: callLogBody,
    newBody: newCallBody,
    operationId: "logCall",
    newOperationId: "logNewCall",
  },
  {
    path: "visits",
    kind: "visit",
    what: "visit",
    body: visitLogBody,
    newBody: newVisitBody,
    operationId: "logVisit",
    newOperationId: "logNewVisit",
  },
] as const;

// Calls and visits the agent logs (R5): on the case they are working, or for someone new.
export function registerConversationRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  for (const { path, kind, what, body, newBody, operationId, newOperationId } of kinds) {
    api.post(
      `/api/v1/cases/:id/${path}`,
      {
        schema: {
          operationId,
          tags: ["intake"],
          summary: `Log a ${what} on the case: concerns, read-back, next step (analysed like any message)`,
          description: "201 when stored; 200 with the original when this externalId was logged before.",
          params: caseIdParams,
          body,
          response,
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const result = await logConversation({
          db: deps.db,
          orgId: principal.orgId,
          actor: principal,
          kind,
          input: request.body,
          caseId: request.params.id,
        });
        return reply.status(result.duplicate ? 200 : 201).send(result);
      },
    );
    api.post(
      `/api/v1/${path}`,
      {
        schema: {
          operationId: newOperationId,
          tags: ["intake"],
          summary: `Log a ${what} from a customer with no case at hand: it joins their open case or opens one`,
          body: newBody,
          response,
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const { customer, subject, ...input } = request.body;
        const result = await logConversation({
          db: deps.db,
          orgId: principal.orgId,
          actor: principal,
          kind,
          input,
          newCustomer: { from: customer, subject },
        });
        return reply.status(result.duplicate ? 200 : 201).send(result);
      },
    );
  }
}
