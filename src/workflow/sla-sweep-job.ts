import { z } from "zod";
import { defineJob } from "../platform/jobs/define-job";
import { sweepSlaTimers } from "./sweep-sla-timers";

// Every minute (pg-boss's cron granularity); the sweep is idempotent, so overlapping runs from
// several processes or a retried run are harmless.
export const slaSweepJob = defineJob({
  id: "workflow-sla-sweep",
  payload: z.object({ orgId: z.uuid().optional() }),
  schedule: "* * * * *",
  retryLimit: 2,
  workers: 1,
  async handle(payload, { db, log }) {
    const swept = await sweepSlaTimers({ db, orgId: payload.orgId });
    if (swept.cases > 0 || swept.helpRequests > 0) log.debug(swept, "SLA sweep");
  },
});
