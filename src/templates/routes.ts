import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { noContent } from "../platform/http/openapi";
import { createReplyTemplate } from "./create-reply-template";
import { deleteReplyTemplate } from "./delete-reply-template";
import { listReplyTemplates } from "./list-reply-templates";
import {
  createTemplateBody,
  listTemplatesQuery,
  templateIdParams,
  templateList,
  templateResponse,
  updateTemplateBody,
} from "./schema";
import { updateReplyTemplate } from "./update-reply-template";

const editors = { access: { roles: ["supervisor", "admin"] as const } };
const base = "/api/v1/reply-templates";

export function registerTemplateRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.get(
    base,
    {
      schema: {
        operationId: "listReplyTemplates",
        tags: ["templates"],
        summary: "The organization's reply templates, by name (cursor pagination)",
        querystring: listTemplatesQuery,
        response: { 200: templateList },
      },
    },
    async (request) => listReplyTemplates({ db, orgId: requireUser(request).orgId, query: request.query }),
  );

  api.post(
    base,
    {
      config: { ...editors, errors: ["conflict"] },
      schema: {
        operationId: "createReplyTemplate",
        tags: ["templates"],
        summary: "Save a reply template (supervisors and admins)",
        body: createTemplateBody,
        response: { 201: templateResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await createReplyTemplate({ db, orgId: user.orgId, actor: user, body: request.body });
      return reply.status(201).send(created);
    },
  );

  api.patch(
    `${base}/:id`,
    {
      config: { ...editors, errors: ["conflict"] },
      schema: {
        operationId: "updateReplyTemplate",
        tags: ["templates"],
        summary: "Change a reply template's name, body or stage (supervisors and admins)",
        params: templateIdParams,
        body: updateTemplateBody,
        response: { 200: templateResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return updateReplyTemplate({
        db,
        orgId: user.orgId,
        templateId: request.params.id,
        actor: user,
        body: request.body,
      });
    },
  );

  api.delete(
    `${base}/:id`,
    {
      config: editors,
      schema: {
        operationId: "deleteReplyTemplate",
        tags: ["templates"],
        summary: "Delete a reply template; replies already sent keep their text (supervisors and admins)",
        params: templateIdParams,
        response: { 204: noContent("Deleted") },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await deleteReplyTemplate({ db, orgId: user.orgId, templateId: request.params.id, actor: user });
      return reply.status(204).send();
    },
  );
}
