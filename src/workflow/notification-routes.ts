import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { notificationListQuery, notificationListResponse } from "./api-schema";
import { listNotifications } from "./list-notifications";
import { markNotificationRead } from "./mark-notification-read";

export function registerNotificationRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.get(
    "/api/v1/notifications",
    {
      schema: {
        operationId: "listNotifications",
        tags: ["notifications"],
        summary: "The signed-in user's notifications, newest first (cursor pagination)",
        querystring: notificationListQuery,
        response: { 200: notificationListResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return listNotifications({ db, orgId: user.orgId, userId: user.userId, ...request.query });
    },
  );

  api.post(
    "/api/v1/notifications/:id/read",
    {
      schema: {
        operationId: "markNotificationRead",
        tags: ["notifications"],
        summary: "Mark one of my notifications read",
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await markNotificationRead({ db, orgId: user.orgId, userId: user.userId, id: request.params.id });
      return { ok: true as const };
    },
  );
}
