import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "./app-deps";

const READY_TIMEOUT_MS = 2000;

// For load balancers and orchestrators: live = the process answers; ready = it can do work
// (database and job queue reachable). Public, and free of any data.
export function registerHealthRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const access = { access: { public: true } };
  api.get(
    "/health/live",
    {
      config: access,
      schema: {
        operationId: "checkLive",
        tags: ["health"],
        summary: "The process is up",
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
  const readiness = z.object({ ok: z.boolean(), database: z.boolean(), jobQueue: z.boolean() });
  api.get(
    "/health/ready",
    {
      config: access,
      schema: {
        operationId: "checkReady",
        tags: ["health"],
        summary: "Database and job queue reachable (503 when not)",
        response: { 200: readiness, 503: readiness },
      },
    },
    async (_request, reply) => {
      const [database, jobQueue] = await Promise.all([
        withinDeadline(deps.db.execute(sql`select 1`).then(() => true)),
        withinDeadline(deps.jobs.ready()),
      ]);
      const ok = database && jobQueue;
      return reply.status(ok ? 200 : 503).send({ ok, database, jobQueue });
    },
  );
}

function withinDeadline(check: Promise<boolean>): Promise<boolean> {
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS).unref());
  return Promise.race([check.catch(() => false), late]);
}
