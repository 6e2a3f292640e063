import type { Logger } from "pino";
import type { z } from "zod";
import type { Config } from "../../config";
import type { Db, Tx } from "../db/client";

// Everything a handler may need, handed over by the runner: no module-level state, so a job runs
// the same in a process that serves HTTP and in one that only works the queue.
export type JobContext = { db: Db; log: Logger; config: Config; jobs: JobRunner; outbound: OutboundDelivery };

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  id: string;
  payload: Schema;
  // Cron in UTC for jobs that run on a schedule rather than on demand.
  schedule?: string;
  retryLimit?: number;
  workers?: number;
  // Method syntax keeps definitions with specific payloads assignable to JobDefinition.
  handle(payload: z.infer<Schema>, context: JobContext): Promise<void>;
};

export type SendOptions = {
  singletonKey?: string;
  startAfter?: Date;
  // Enqueue inside the caller's transaction: the job exists exactly when the work it follows
  // was committed, and its wake-up NOTIFY is delivered at that commit.
  tx?: Tx;
};

export type JobRunner = {
  send: (job: JobDefinition, payload: unknown, options?: SendOptions) => Promise<string | null>;
  stop: () => Promise<void>;
};

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

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition;
}
