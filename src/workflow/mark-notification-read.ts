import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { notifications } from "./tables";

export async function markNotificationRead(options: { db: Db; orgId: string; userId: string; id: string }) {
  const [row] = await options.db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(
      and(
        eq(notifications.orgId, options.orgId),
        eq(notifications.userId, options.userId),
        eq(notifications.id, options.id),
      ),
    )
    .returning({ id: notifications.id });
  if (!row) throw AppError.notFound("That notification");
}
