import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organizations } from "../accounts/tables";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { noContent } from "../platform/http/openapi";
import { replyChannelSchema, replyStageSchema } from "../shared/vocabulary";
import { suggestSpellingInBackground } from "./engine/check-spelling";
import { coachReply } from "./engine/coach-reply";
import { coachRules, listCoachRules } from "./engine/rule-catalog";
import { coachReportSchema } from "./engine/schema";
import { gatherCoachContext } from "./gather-coach-context";

const coachRequest = z
  .object({
    text: z.string().max(20_000),
    channel: replyChannelSchema,
    stage: replyStageSchema,
    caseId: z.uuid().optional(),
    customerName: z.string().max(200).optional(),
  })
  .meta({
    example: {
      text: "Hi Dana, I'm sorry your parcel arrived damaged. I've sent a replacement today; it will be with you by Thursday.",
      channel: "email",
      stage: "first_reply",
      caseId: "3f1c2a9e-8d4b-4c1a-9e2f-6b7d8c9a0b1c",
    },
  });

const ruleList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      requirement: z.string(),
      severity: z.string(),
      enabled: z.boolean(),
    }),
  ),
  dictionaryWords: z.array(z.string()),
});

const ruleIds = new Set(coachRules.map((rule) => rule.id));
const settingsBody = z
  .object({
    disabledRules: z
      .array(z.string())
      .max(100)
      .refine((ids) => ids.every((id) => ruleIds.has(id)), "lists a rule the coach does not have"),
    dictionaryWords: z.array(z.string().trim().min(1).max(60)).max(2000),
  })
  .meta({ example: { disabledRules: [], dictionaryWords: ["Acme", "Fastbox"] } });

export function registerCoachRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/v1/coach",
    {
      config: { access: { apiToken: true } },
      schema: {
        operationId: "coachReply",
        tags: ["coach"],
        summary: "Check a draft reply against the recovery playbook",
        description:
          "With caseId, the customer's name, the case and replies sent to others lately are taken into account.",
        body: coachRequest,
        response: { 200: coachReportSchema },
      },
    },
    async (request) => {
      // Started by the first check rather than with the server: a second dictionary in a second thread
      // (~0.4 s of CPU, ~30 MB) is only worth it where agents write replies.
      suggestSpellingInBackground();
      const principal = request.principal!;
      const context = await gatherCoachContext({
        db: deps.db,
        orgId: principal.orgId,
        caseId: request.body.caseId,
      });
      const customer = request.body.customerName ? { name: request.body.customerName } : context.customer;
      return coachReply({
        ...context,
        customer,
        text: request.body.text,
        channel: request.body.channel,
        stage: request.body.stage,
      });
    },
  );

  api.get(
    "/api/v1/coach/rules",
    {
      schema: {
        operationId: "listCoachRules",
        tags: ["coach"],
        summary: "The coach's rules and which are on here",
        response: { 200: ruleList },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const { settings } = await gatherCoachContext({ db: deps.db, orgId: principal.orgId });
      const disabled = new Set(settings?.disabledRules ?? []);
      return {
        items: listCoachRules().map((rule) => ({ ...rule, enabled: !disabled.has(rule.id) })),
        dictionaryWords: settings?.dictionaryWords ?? [],
      };
    },
  );

  api.put(
    "/api/v1/coach/settings",
    {
      config: { access: { roles: ["admin"] } },
      schema: {
        operationId: "updateCoachSettings",
        tags: ["coach"],
        summary: "Switch coach rules off and add the organization's own words",
        body: settingsBody,
        response: { 204: noContent("Saved") },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await deps.db
        .update(organizations)
        .set({ coachSettings: request.body })
        .where(eq(organizations.id, principal.orgId));
      return reply.status(204).send();
    },
  );
}
