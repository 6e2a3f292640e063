import { z } from "zod";
import { defineJob } from "../platform/jobs/define-job";
import { sweepResolutionTimers } from "./sweep-resolution-timers";

// Every minute; the sweep is idempotent, so overlapping runs in several processes are harmless.
export const resolutionSweepJob = defineJob({
  id: "resolution-sweep",
  payload: z.object({ orgId: z.uuid().optional() }),
  schedule: "* * * * *",
  retryLimit: 2,
  workers: 1,
  async handle(payload, { db, log }) {
    const swept = await sweepResolutionTimers({ db, orgId: payload.orgId });
    if (swept.reminded + swept.broken + swept.approvalsLate > 0) log.debug(swept, "resolution sweep");
  },
});
