import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { coachReportSchema } from "../coach/engine/schema";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { replyStageSchema } from "../shared/vocabulary";
import { getAttachment } from "./get-attachment";
import { getCase } from "./get-case";
import { listCases } from "./list-cases";
import {
  attachmentParams,
  caseDetailResponse,
  caseIdParams,
  caseListResponse,
  listCasesQuery,
} from "./schema";
import { sendReply } from "./send-reply";
import { INLINE_RENDERABLE } from "./store-attachments";

export function registerCaseRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/v1/cases",
    {
      schema: {
        operationId: "listCases",
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
        operationId: "getCase",
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

  api.post(
    "/api/v1/cases/:id/replies",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "sendReply",
        tags: ["cases"],
        summary: "Reply to the customer (checked by the coach; blockers need an override with a reason)",
        params: caseIdParams,
        body: z
          .object({
            text: z.string().trim().min(1).max(20_000),
            stage: replyStageSchema,
            override: z.object({ reason: z.string().trim().min(3).max(500) }).optional(),
          })
          .meta({
            example: {
              text: "Hi Dana, I'm sorry your parcel arrived damaged. A replacement is on its way and will reach you by Thursday.",
              stage: "first_reply",
            },
          }),
        response: {
          201: z.object({ interactionId: z.uuid(), overridden: z.boolean(), report: coachReportSchema }),
        },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const result = await sendReply({
        db: deps.db,
        jobs: deps.jobs,
        outbound: deps.outbound,
        orgId: principal.orgId,
        caseId: request.params.id,
        actor: principal,
        text: request.body.text,
        stage: request.body.stage,
        override: request.body.override,
      });
      return reply.status(201).send(result);
    },
  );

  api.get(
    "/api/v1/cases/:id/interactions/:interactionId/attachments/:index",
    {
      schema: {
        operationId: "getAttachment",
        tags: ["cases"],
        summary: "Download an attachment of an email on the case (index as listed on the interaction)",
        params: attachmentParams,
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const attachment = await getAttachment({
        db: deps.db,
        orgId: principal.orgId,
        caseId: request.params.id,
        interactionId: request.params.interactionId,
        index: request.params.index,
        dataDir: deps.config.dataDir,
      });
      // Customer files are untrusted: never let one run as a page of ours. Pictures may show in the
      // browser; everything else downloads.
      const picture = INLINE_RENDERABLE.has(attachment.contentType);
      const ascii = attachment.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
      return reply
        .header("content-type", attachment.contentType)
        .header("content-length", attachment.size)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("cache-control", "private, max-age=300")
        .header(
          "content-disposition",
          `${picture ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
        )
        .send(attachment.open());
    },
  );
}
