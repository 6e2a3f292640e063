import type { Logger } from "pino";
import type { Config } from "../config";
import { type Database, openDatabase } from "../platform/db/client";
import { type EventHub, startEventHub } from "../platform/events";
import { type ApiServer, buildApp } from "../platform/http/build-app";
import { type JobRunner, startJobRunner } from "../platform/jobs/job-runner";

export type RunningServer = {
  app: ApiServer;
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
  /** a test server's own job queue: see startJobRunner */
  jobQueue?: { schema?: string; scheduled?: boolean };
}): Promise<RunningServer> {
  const { config, log } = options;
  const database = await openDatabase({ config, log });
  const events = await startEventHub({ url: database.url, log });
  const jobs = await startJobRunner({ url: database.url, db: database.db, log, ...options.jobQueue });
  const app = await buildApp({ config, db: database.db, log, events, jobs });
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
