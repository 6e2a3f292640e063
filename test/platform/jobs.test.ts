import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../../src/platform/jobs/define-job";
import { type JobRunner, startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";
import { dropJobQueue, ownJobQueue } from "../support/own-job-queue";

const url = inject("databaseUrl");
const pool = new pg.Pool({ connectionString: url, max: 4 });
const queue = ownJobQueue();
const runners: JobRunner[] = [];
afterAll(async () => {
  for (const runner of runners) await runner.stop();
  await pool.end();
  await dropJobQueue(url, queue.schema);
});

function recordingJob(options: { failFirst?: boolean } = {}) {
  const handled: string[] = [];
  let failures = 0;
  const job = defineJob({
    id: `test-${randomBytes(4).toString("hex")}`,
    payload: z.object({ note: z.string() }),
    retryLimit: 3,
    workers: 1,
    async handle(payload) {
      if (options.failFirst && failures === 0) {
        failures++;
        throw new Error("first attempt fails");
      }
      handled.push(payload.note);
    },
  });
  return { job, handled };
}

describe("the job runner", () => {
  it("wakes a worker in another process with NOTIFY instead of waiting for its poll", async () => {
    const { job, handled } = recordingJob();
    const log = createLogger("silent");
    // Workers that would otherwise sleep 60 s between polls.
    const worker = await startJobRunner({
      url,
      db: drizzle(pool),
      log,
      jobs: [job],
      pollingIntervalSeconds: 60,
      ...queue,
    });
    const sender = await startJobRunner({ url, db: drizzle(pool), log, jobs: [job], work: false, ...queue });
    runners.push(worker, sender);
    // Once the first job is done the worker has fetched and sleeps out its 60 s; only the
    // notification can bring it back for the second well inside the wait below.
    await sender.send(job, { note: "first" });
    await expect.poll(() => handled, { timeout: 15_000 }).toEqual(["first"]);
    await sender.send(job, { note: "second" });
    await expect.poll(() => handled, { timeout: 15_000 }).toEqual(["first", "second"]);
  });

  it("rejects a payload that does not match the job's schema when it is sent", async () => {
    const { job } = recordingJob();
    const sender = await startJobRunner({
      url,
      db: drizzle(pool),
      log: createLogger("silent"),
      jobs: [job],
      work: false,
      ...queue,
    });
    runners.push(sender);
    await expect(sender.send(job, { note: 42 })).rejects.toThrow();
  });

  it("retries a job whose handler failed", async () => {
    const { job, handled } = recordingJob({ failFirst: true });
    const runner = await startJobRunner({
      url,
      db: drizzle(pool),
      log: createLogger("silent"),
      jobs: [{ ...job, retryLimit: 2 }],
      pollingIntervalSeconds: 0.5,
      ...queue,
    });
    runners.push(runner);
    await runner.send(job, { note: "again" });
    await expect.poll(() => handled, { timeout: 25_000 }).toEqual(["again"]);
  });
});
