import type { FastifyInstance } from "fastify";
import type { AppDeps } from "./app-deps";
import { requirePrincipal } from "./auth";

const PING_MS = 25_000;

export function registerEventRoutes(api: FastifyInstance, deps: AppDeps) {
  const open = new Set<import("node:http").ServerResponse>();
  // Event streams never go idle, so the server would wait for them forever on shutdown.
  api.addHook("preClose", async () => {
    for (const res of open) res.end();
  });
  api.get(
    "/api/v1/events",
    {
      config: { access: { apiToken: true } },
      schema: {
        operationId: "streamEvents",
        tags: ["events"],
        summary: "Live updates as Server-Sent Events (event: case, data: {type, caseId, number})",
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        "x-request-id": String(request.id),
      });
      res.write("retry: 3000\n: connected\n\n");
      open.add(res);
      const unsubscribe = deps.events.subscribe(principal.orgId, (event) => {
        res.write(`event: case\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const ping = setInterval(() => res.write(": ping\n\n"), PING_MS);
      request.raw.on("close", () => {
        clearInterval(ping);
        unsubscribe();
        open.delete(res);
      });
    },
  );
}
