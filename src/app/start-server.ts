import type { Logger } from "pino";
import type { Config } from "../config";
import { type Database, openDatabase } from "../platform/db/client";
import { type EventHub, startEventHub } from "../platform/events";
import type { JobRunner } from "../platform/jobs/define-job";
import { startJobRunner } from "../platform/jobs/job-runner";
import { allJobs } from "./all-jobs";
import { buildMendApp, type MendApp } from "./build-mend-app";
import { outboundAdapters } from "./outbound-adapters";

export type RunningServer = {
  app: MendApp;
  database: Database;
  events: EventHub;
  jobs: JobRunner;
  url: string;
  stop: () => Promise<void>;
};

// Stopping runs in reverse: no new requests, then jobs drain, then the database goes last.
export async function startServer(options: {
  config: Config;
  log: Logger;
  listen?: boolean;
  /** opened by the caller, who may use it meanwhile; the server closes it when it stops */
  database?: Promise<Database>;
  /** a test server's own job queue: see startJobRunner */
  jobQueue?: { schema?: string; scheduled?: boolean };
}): Promise<RunningServer> {
  const { config, log } = options;
  const database = await (options.database ?? openDatabase({ config, log }));
  const events = await startEventHub({ url: database.url, log });
  const outbound = outboundAdapters;
  const jobs = await startJobRunner({
    url: database.url,
    db: database.db,
    log,
    config,
    outbound,
    jobs: allJobs,
    ...options.jobQueue,
  });
  const app = await buildMendApp({ config, db: database.db, log, events, jobs, outbound });
  let url = "";
  if (options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
  else await app.ready();
  let stopping: Promise<void> | null = null;
  return {
    app,
    database,
    events,
    jobs,
    url,
    stop: () => {
      stopping ??= (async () => {
        await app.close();
        await jobs.stop();
        await events.close();
        await database.close();
      })();
      return stopping;
    },
  };
}
