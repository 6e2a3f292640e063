import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { inject } from "vitest";
import { allJobs } from "../../src/app/all-jobs";
import { buildMendApp } from "../../src/app/build-mend-app";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { loadConfig } from "../../src/config";
import { startEventHub } from "../../src/platform/events";
import { startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";
import { TEST_PASSWORD } from "./factories";
import { dropJobQueue, ownJobQueue, TEST_SECRET_KEY } from "./own-job-queue";

export function createTestConfig(url: string) {
  return loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "mend-app-")),
    DATABASE_URL: url,
    SECRET_KEY: TEST_SECRET_KEY,
    LOG_LEVEL: "silent",
  });
}

export async function createTestApp() {
  const url = inject("databaseUrl");
  const config = createTestConfig(url);
  const log = createLogger("silent");
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const db = drizzle(pool);
  const events = await startEventHub({ url, log });
  const outbound = outboundAdapters;
  const jobQueue = ownJobQueue();
  const jobs = await startJobRunner({
    url,
    db,
    log,
    config,
    outbound,
    jobs: allJobs,
    pollingIntervalSeconds: 0.5,
    ...jobQueue,
  });
  const app = await buildMendApp({ config, db, log, events, jobs, outbound });
  await app.ready();
  return {
    app,
    db,
    pool,
    url,
    config,
    events,
    jobs,
    /** for a second job runner standing in for another process of this test's deployment */
    jobQueue,
    async login(email: string, password = TEST_PASSWORD): Promise<string> {
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === "mend_session");
      return `mend_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await jobs.stop();
      await events.close();
      await pool.end();
      await dropJobQueue(url, jobQueue.schema);
    },
  };
}
