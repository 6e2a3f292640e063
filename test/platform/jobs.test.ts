import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../../src/platform/jobs/define-job";
import { type JobRunner, startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";

const url = inject("databaseUrl");
const pool = new pg.Pool({ connectionString: url, max: 4 });
const runners: JobRunner[] = [];
afterAll(async () => {
  for (const runner of runners) await runner.stop();
  await pool.end();
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

async function until(check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
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
    });
    const sender = await startJobRunner({ url, db: drizzle(pool), log, jobs: [job], work: false });
    runners.push(worker, sender);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sender.send(job, { note: "hello" });
    await until(() => handled.length > 0, 15_000);
    expect(handled).toEqual(["hello"]);
  });

  it("rejects a payload that does not match the job's schema when it is sent", async () => {
    const { job } = recordingJob();
    const sender = await startJobRunner({
      url,
      db: drizzle(pool),
      log: createLogger("silent"),
      jobs: [job],
      work: false,
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
    });
    runners.push(runner);
    await runner.send(job, { note: "again" });
    await until(() => handled.length > 0, 25_000);
    expect(handled).toEqual(["again"]);
  });
});
