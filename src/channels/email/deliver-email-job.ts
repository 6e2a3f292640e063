import { z } from "zod";
import { defineJob } from "../../platform/jobs/define-job";
import { deliverEmail, MAX_DELIVERY_ATTEMPTS } from "./deliver-email";

// Idempotent by the interaction's delivery status; failures are recorded on the interaction and
// retried with pg-boss's backoff until MAX_DELIVERY_ATTEMPTS marks them failed.
export const deliverEmailJob = defineJob({
  id: "email-deliver",
  payload: z.object({ orgId: z.uuid(), interactionId: z.uuid() }),
  retryLimit: MAX_DELIVERY_ATTEMPTS,
  workers: 2,
  async handle(payload, { db, log, config }) {
    const outcome = await deliverEmail({ db, secretKey: config.secretKey, ...payload });
    log.info({ interactionId: payload.interactionId, outcome }, "email delivery");
  },
});
