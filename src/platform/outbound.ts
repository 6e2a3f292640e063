import type { Tx } from "./db/client";
import type { JobRunner } from "./jobs/job-runner";

// The one door out. A domain that has stored an outbound interaction (a reply, a follow-up)
// hands it here inside its own transaction; the composition root plugs in one adapter per
// channel, so no domain imports a channel's code. The adapter queues a job in the same
// transaction, so a crash can never leave the interaction stored but never sent.
export type OutboundDelivery = {
  /** false when nothing can deliver on that channel yet: the interaction stays "pending" */
  queueDelivery(options: {
    tx: Tx;
    jobs: JobRunner;
    orgId: string;
    interactionId: string;
    channel: string;
  }): Promise<boolean>;
};
