import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseIdParams } from "../cases/schema";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { answerBody, helpRequestBody, helpRequestListQuery, helpRequestSchema } from "./api-schema";
import { closeHelpRequest } from "./close-help-request";
import { listHelpRequests } from "./list-help-requests";
import { requestHelp } from "./request-help";

export function registerHelpRequestRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ["workflow"];

  api.post(
    "/api/v1/cases/:id/help-requests",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "requestHelp",
        tags,
        summary: "Ask a supervisor, a team or a colleague for help; the agent stays the owner",
        params: caseIdParams,
        body: helpRequestBody,
        response: { 201: z.object({ id: z.uuid(), dueAt: z.iso.datetime() }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await requestHelp({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        ...request.body,
        dueAt: new Date(request.body.dueAt),
      });
      return reply.status(201).send({ id: created.id, dueAt: created.dueAt.toISOString() });
    },
  );

  api.get(
    "/api/v1/help-requests",
    {
      schema: {
        operationId: "listHelpRequests",
        tags,
        summary: "Help requests for me (most urgent first) or raised by me",
        querystring: helpRequestListQuery,
        response: { 200: z.object({ items: z.array(helpRequestSchema) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return listHelpRequests({ db, orgId: user.orgId, actor: user, ...request.query });
    },
  );

  api.post(
    "/api/v1/help-requests/:id/answer",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "answerHelpRequest",
        tags,
        summary: "Answer a help request; the requesting agent is told",
        params: z.object({ id: z.uuid() }),
        body: answerBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await closeHelpRequest({
        db,
        orgId: user.orgId,
        requestId: request.params.id,
        actor: user,
        closing: { kind: "answered", answer: request.body.answer },
      });
      return { ok: true as const };
    },
  );

  api.post(
    "/api/v1/help-requests/:id/withdraw",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "withdrawHelpRequest",
        tags,
        summary:
          "Withdraw a help request that no longer needs an answer (the agent who asked, or a supervisor)",
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await closeHelpRequest({
        db,
        orgId: user.orgId,
        requestId: request.params.id,
        actor: user,
        closing: { kind: "withdrawn" },
      });
      return { ok: true as const };
    },
  );
}
