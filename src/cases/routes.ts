import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireUser } from "../platform/http/auth";
import type { AppDeps } from "../platform/http/build-app";
import { getCase } from "./get-case";
import { listCases } from "./list-cases";
import { caseDetailResponse, caseIdParams, caseListResponse, listCasesQuery } from "./schema";

export function registerCaseRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/v1/cases",
    {
      schema: {
        tags: ["cases"],
        summary: "The case queue, most recent activity first (cursor pagination)",
        querystring: listCasesQuery,
        response: { 200: caseListResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return listCases({
        db: deps.db,
        orgId: principal.orgId,
        userId: principal.userId,
        query: request.query,
      });
    },
  );

  api.get(
    "/api/v1/cases/:id",
    {
      schema: {
        tags: ["cases"],
        summary: "One case with its interactions and the customer's other cases",
        params: caseIdParams,
        response: { 200: caseDetailResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return getCase({ db: deps.db, orgId: principal.orgId, caseId: request.params.id });
    },
  );
}
