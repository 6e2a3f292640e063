import { lt } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "../platform/jobs/define-job";
import { SIGN_IN_WINDOW_MS } from "./sign-in";
import { sessions, signInFailures } from "./tables";

export const purgeExpiredSessionsJob = defineJob({
  id: "purge-expired-sessions",
  payload: z.object({}).loose(),
  schedule: "17 * * * *",
  workers: 1,
  async handle(_payload, { db, log }) {
    const removed = await db
      .delete(sessions)
      .where(lt(sessions.expiresAt, new Date()))
      .returning({ id: sessions.id });
    if (removed.length > 0) log.info({ removed: removed.length }, "expired sessions removed");
    // failed sign-ins only matter inside the throttle window
    await db
      .delete(signInFailures)
      .where(lt(signInFailures.failedAt, new Date(Date.now() - SIGN_IN_WINDOW_MS)));
  },
});
