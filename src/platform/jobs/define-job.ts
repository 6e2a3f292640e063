import type { Logger } from "pino";
import type { z } from "zod";
import type { Db } from "../db/client";

export type JobContext = { db: Db; log: Logger };

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
