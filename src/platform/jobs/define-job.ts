import type { Logger } from "pino";
import type { z } from "zod";
import type { Config } from "../../config";
import type { Db } from "../db/client";
import type { OutboundDelivery } from "../outbound";
import type { JobRunner } from "./job-runner";

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

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition;
}
