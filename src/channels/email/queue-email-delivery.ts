import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { deliverEmailJob } from "./deliver-email-job";
import { getEmailRuntime } from "./email-runtime";
import { emailChannels } from "./tables";

// Without a connected mailbox the reply stays "pending" until one is, exactly as before email.
export async function queueEmailDelivery(options: { db: Db; orgId: string; interactionId: string }) {
  const [channel] = await options.db
    .select({ id: emailChannels.id })
    .from(emailChannels)
    .where(and(eq(emailChannels.orgId, options.orgId), eq(emailChannels.enabled, true)))
    .limit(1);
  if (!channel) return false;
  const { jobs } = getEmailRuntime();
  if (!jobs) return false;
  await jobs.send(
    deliverEmailJob,
    { orgId: options.orgId, interactionId: options.interactionId },
    { singletonKey: options.interactionId },
  );
  return true;
}
