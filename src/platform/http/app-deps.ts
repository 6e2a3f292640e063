import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db } from "../db/client";
import type { EventHub } from "../events";
import type { JobRunner, OutboundDelivery } from "../jobs/define-job";

// What every route registration receives from the composition root (src/app).
export type AppDeps = {
  config: Config;
  db: Db;
  log: Logger;
  events: EventHub;
  jobs: JobRunner;
  outbound: OutboundDelivery;
};
