import { and, eq } from "drizzle-orm";
import type { Tx } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { deliverEmailJob } from "./deliver-email-job";
import { emailChannels } from "./tables";

// Without a connected mailbox the reply stays "pending" until one is, exactly as before email.
// Queued in the caller's transaction, so a stored reply always has its delivery job.
export async function queueEmailDelivery(options: {
  tx: Tx;
  jobs: JobRunner;
  orgId: string;
  interactionId: string;
}): Promise<boolean> {
  const [channel] = await options.tx
    .select({ id: emailChannels.id })
    .from(emailChannels)
    .where(and(eq(emailChannels.orgId, options.orgId), eq(emailChannels.enabled, true)))
    .limit(1);
  if (!channel) return false;
  await options.jobs.send(
    deliverEmailJob,
    { orgId: options.orgId, interactionId: options.interactionId },
    { singletonKey: options.interactionId, tx: options.tx },
  );
  return true;
}
