import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Logger } from "pino";
import { registerAccountRoutes } from "../../accounts/routes";
import { registerCaseRoutes } from "../../cases/routes";
import { registerEmailChannelRoutes } from "../../channels/routes";
import { registerCoachRoutes } from "../../coach/routes";
import type { Config } from "../../config";
import { registerCustomerRoutes } from "../../customers/routes";
import { registerMessageRoutes } from "../../intake/api/routes";
import { registerResolutionRoutes } from "../../resolution/routes";
import { registerTemplateRoutes } from "../../templates/routes";
import { registerTriageRoutes } from "../../triage/routes";
import { registerWorkflowRoutes } from "../../workflow/routes";
import type { Db } from "../db/client";
import type { EventHub } from "../events";
import type { JobRunner } from "../jobs/job-runner";
import { makeAuthHook } from "./auth";
import { handleError } from "./error-handler";
import { registerEventRoutes } from "./events-route";

export type AppDeps = { config: Config; db: Db; log: Logger; events: EventHub; jobs: JobRunner | null };
export type App = FastifyInstance;

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.log,
    requestIdHeader: "x-request-id",
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest("principal", null);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Mend API", description: "The Mend service-recovery desk", version: "1" },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "API token from `mend token create`" },
          session: { type: "apiKey", in: "cookie", name: "mend_session" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });

  const authenticate = makeAuthHook(deps.db);
  await app.register(async (api) => {
    api.addHook("preHandler", authenticate);
    registerAccountRoutes(api, deps);
    registerCaseRoutes(api, deps);
    registerCoachRoutes(api, deps);
    registerCustomerRoutes(api, deps);
    registerTriageRoutes(api, deps);
    registerMessageRoutes(api, deps);
    registerEventRoutes(api, deps);
    registerWorkflowRoutes(api, deps);
    registerEmailChannelRoutes(api, deps);
    registerTemplateRoutes(api, deps);
    registerResolutionRoutes(api, deps);
  });

  app.get("/healthz", { config: { access: { public: true } }, schema: { hide: true } }, async () => ({
    ok: true,
  }));

  if (existsSync(path.join(webDist, "index.html"))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === "GET" && !request.url.startsWith("/api/");
    if (wantsPage && existsSync(path.join(webDist, "index.html"))) return reply.sendFile("index.html");
    return reply.status(404).send({
      error: { code: "not_found", message: `No route for ${request.method} ${request.url.split("?")[0]}.` },
    });
  });
  return app;
}

export type ApiServer = Awaited<ReturnType<typeof buildApp>>;
