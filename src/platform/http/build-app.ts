import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { packageRoot } from "../../package-root";
import type { AppDeps } from "./app-deps";
import { makeAuthHook, type PrincipalResolver } from "./auth";
import { handleError } from "./error-handler";
import { registerEventRoutes } from "./events-route";
import { openApiOptions } from "./openapi";

export type App = FastifyInstance;

const webDist = path.join(packageRoot, "web/dist");

// The platform's HTTP shell: security, errors, OpenAPI, the web app. Which routes exist and who
// the caller is are the composition root's to say (src/app), so this file knows no domain.
export async function buildApp(options: {
  deps: AppDeps;
  registerRoutes: (api: App, deps: AppDeps) => void;
  resolvePrincipal: PrincipalResolver;
}) {
  const { deps } = options;
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
  await app.register(fastifySwagger, openApiOptions());
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });

  const authenticate = makeAuthHook(options.resolvePrincipal);
  await app.register(async (api) => {
    api.addHook("preHandler", authenticate);
    registerEventRoutes(api, deps);
    options.registerRoutes(api, deps);
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
