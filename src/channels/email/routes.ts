import { and, asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../platform/http/app-deps";
import { AppError } from "../../platform/http/app-error";
import { requireUser } from "../../platform/http/auth";
import { noContent } from "../../platform/http/openapi";
import { createEmailChannel } from "./create-email-channel";
import { deleteEmailChannel } from "./delete-email-channel";
import { pollMailboxJob } from "./poll-mailboxes-job";
import {
  channelIdParams,
  createEmailChannelBody,
  emailChannelResponse,
  toEmailChannelResponse,
  updateEmailChannelBody,
} from "./schema";
import { startSmtpListener } from "./start-smtp-listener";
import { emailChannels } from "./tables";
import { testEmailChannel } from "./test-email-channel";
import { updateEmailChannel } from "./update-email-channel";
import { registerEmailWebhookRoute } from "./webhook-route";

const admin = { access: { roles: ["admin"] as const } };
const checkResult = z.object({ ok: z.boolean(), error: z.string().nullable() });

export function registerEmailChannelRoutes(instance: FastifyInstance, deps: AppDeps) {
  registerEmailWebhookRoute(instance, deps);
  registerSmtpListener(instance, deps);
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const toResponse = (row: typeof emailChannels.$inferSelect) =>
    toEmailChannelResponse(row, deps.config.publicUrl);

  api.get(
    "/api/v1/channels/email",
    {
      config: admin,
      schema: {
        operationId: "listEmailChannels",
        tags: ["channels"],
        summary: "Connected mailboxes (passwords are never returned)",
        response: { 200: z.object({ items: z.array(emailChannelResponse) }) },
      },
    },
    async (request) => {
      const { orgId } = requireUser(request);
      const rows = await deps.db
        .select()
        .from(emailChannels)
        .where(eq(emailChannels.orgId, orgId))
        .orderBy(asc(emailChannels.createdAt));
      return { items: rows.map(toResponse) };
    },
  );

  api.post(
    "/api/v1/channels/email",
    {
      config: { ...admin, errors: ["conflict"] },
      schema: {
        operationId: "createEmailChannel",
        tags: ["channels"],
        summary: "Connect a mailbox; the webhook secret is shown only in this response",
        body: createEmailChannelBody,
        response: { 201: emailChannelResponse.extend({ webhookSecret: z.string() }) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const { row, webhookSecret } = await createEmailChannel({
        db: deps.db,
        secretKey: deps.config.secretKey,
        orgId: principal.orgId,
        actor: principal,
        body: request.body,
      });
      return reply.status(201).send({ ...toResponse(row), webhookSecret });
    },
  );

  api.patch(
    "/api/v1/channels/email/:id",
    {
      config: admin,
      schema: {
        operationId: "updateEmailChannel",
        tags: ["channels"],
        summary: "Change a mailbox; omitted passwords are kept",
        params: channelIdParams,
        body: updateEmailChannelBody,
        response: { 200: emailChannelResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const row = await updateEmailChannel({
        db: deps.db,
        secretKey: deps.config.secretKey,
        orgId: principal.orgId,
        channelId: request.params.id,
        actor: principal,
        body: request.body,
      });
      return toResponse(row);
    },
  );

  api.delete(
    "/api/v1/channels/email/:id",
    {
      config: admin,
      schema: {
        operationId: "deleteEmailChannel",
        tags: ["channels"],
        summary: "Disconnect a mailbox",
        params: channelIdParams,
        response: { 204: noContent("Disconnected") },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await deleteEmailChannel({
        db: deps.db,
        orgId: principal.orgId,
        channelId: request.params.id,
        actor: principal,
      });
      return reply.status(204).send();
    },
  );

  api.post(
    "/api/v1/channels/email/:id/test",
    {
      config: admin,
      schema: {
        operationId: "testEmailChannel",
        tags: ["channels"],
        summary: "Try the IMAP login and the SMTP server; says which failed",
        params: channelIdParams,
        response: { 200: z.object({ ok: z.boolean(), imap: checkResult.nullable(), smtp: checkResult }) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return testEmailChannel({
        db: deps.db,
        secretKey: deps.config.secretKey,
        orgId: principal.orgId,
        channelId: request.params.id,
      });
    },
  );

  api.post(
    "/api/v1/channels/email/:id/poll",
    {
      config: { ...admin, errors: ["conflict"] },
      schema: {
        operationId: "pollEmailChannel",
        tags: ["channels"],
        summary: "Poll the mailbox now instead of at its next turn",
        params: channelIdParams,
        response: { 202: z.object({ queued: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const [row] = await deps.db
        .select({ id: emailChannels.id, imapHost: emailChannels.imapHost })
        .from(emailChannels)
        .where(and(eq(emailChannels.orgId, principal.orgId), eq(emailChannels.id, request.params.id)));
      if (!row) throw AppError.notFound("That mailbox");
      if (!row.imapHost) throw new AppError("conflict", "This mailbox has no IMAP settings to poll.");
      const id = await deps.jobs.send(pollMailboxJob, { channelId: row.id }, { singletonKey: row.id });
      return reply.status(202).send({ queued: Boolean(id) });
    },
  );
}

// Off unless MEND_SMTP_LISTEN_PORT is set (e.g. 2525 behind the MX, or 25 with the capability).
function registerSmtpListener(instance: FastifyInstance, deps: AppDeps) {
  const port = Number(process.env.MEND_SMTP_LISTEN_PORT ?? "");
  if (!Number.isInteger(port) || port <= 0) return;
  let listener: Awaited<ReturnType<typeof startSmtpListener>> | null = null;
  instance.addHook("onReady", async () => {
    const host = process.env.MEND_SMTP_LISTEN_HOST || "0.0.0.0";
    listener = await startSmtpListener({
      db: deps.db,
      config: deps.config,
      jobs: deps.jobs,
      log: deps.log,
      port,
      host,
    });
    deps.log.info({ port: listener.port, host }, "SMTP listener ready");
  });
  instance.addHook("onClose", async () => {
    await listener?.close();
  });
}
