import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { hashSecretToken } from "../../accounts/secret-token";
import type { AppDeps } from "../../platform/http/app-deps";
import { AppError } from "../../platform/http/app-error";
import { ingestEmail } from "./ingest-email";
import { readWebhookBody } from "./read-webhook-body";
import { emailChannels } from "./tables";

const RAW_TYPES = [
  "message/rfc822",
  "application/octet-stream",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
];

export function registerEmailWebhookRoute(instance: FastifyInstance, deps: AppDeps) {
  // Its own scope: these raw-body parsers must not change how other routes read their bodies.
  instance.register(async (scope) => {
    for (const type of RAW_TYPES) {
      scope.addContentTypeParser(type, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    }
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/inbound/email/:channelId",
      {
        bodyLimit: 32 * 1024 * 1024,
        config: { access: { public: true }, errors: ["unauthorized", "payload_too_large"] },
        schema: {
          operationId: "ingestEmail",
          tags: ["intake"],
          summary: "Receive one raw email (message/rfc822, or raw MIME in a form field)",
          description:
            "Authenticate with the mailbox's webhook secret: `Authorization: Bearer <secret>`, Basic auth with the secret as password, or `?secret=`. Replays are answered 200 without a second interaction.",
          params: z.object({ channelId: z.uuid() }),
          querystring: z.object({ secret: z.string().optional() }),
          response: {
            200: z.object({
              status: z.string(),
              caseId: z.uuid().optional(),
              duplicate: z.boolean().optional(),
            }),
          },
        },
      },
      async (request) => {
        const [channel] = await deps.db
          .select()
          .from(emailChannels)
          .where(eq(emailChannels.id, request.params.channelId));
        const secret = presentedSecret(request, request.query.secret);
        if (!channel?.enabled || !secret || !sameHash(hashSecretToken(secret), channel.webhookSecretHash)) {
          throw new AppError("unauthorized", "Unknown mailbox or wrong webhook secret.");
        }
        const body = request.body;
        const raw = readWebhookBody({
          contentType: request.headers["content-type"] ?? "",
          body: Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : "", "utf8"),
        });
        if (!raw) {
          throw new AppError("validation_failed", "No raw email in the request.", {
            details: [
              { field: "body", reason: "send message/rfc822, or a form field named email or body-mime" },
            ],
          });
        }
        const outcome = await ingestEmail({
          db: deps.db,
          config: deps.config,
          jobs: deps.jobs,
          channel,
          raw,
        });
        if (outcome.status === "stored" || outcome.status === "refused") {
          return { status: outcome.status, caseId: outcome.caseId, duplicate: outcome.duplicate };
        }
        // Noise is accepted (200) so the provider does not retry it forever.
        return { status: outcome.status };
      },
    );
  });
}

function presentedSecret(request: FastifyRequest, fromQuery: string | undefined): string | null {
  const header = request.headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  if (basic) return Buffer.from(basic, "base64").toString("utf8").split(":").slice(1).join(":") || null;
  const custom = request.headers["x-mend-webhook-secret"];
  if (typeof custom === "string" && custom) return custom;
  return fromQuery ?? null;
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
