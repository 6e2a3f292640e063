import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import type { JobRunner } from "../../src/platform/jobs/define-job";
import { defineJob } from "../../src/platform/jobs/define-job";
import { startJobRunner } from "../../src/platform/jobs/job-runner";
import { createLogger } from "../../src/platform/log";
import { dropJobQueue, ownJobQueue } from "../support/own-job-queue";
import { createTestConfig } from "../support/test-app";

const url = inject("databaseUrl");
// The context every handler receives; these test jobs read none of it.
const context = { config: createTestConfig(url), outbound: outboundAdapters };
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
      ...context,
      url,
      db: drizzle(pool),
      log,
      jobs: [job],
      pollingIntervalSeconds: 60,
      ...queue,
    });
    const sender = await startJobRunner({
      ...context,
      url,
      db: drizzle(pool),
      log,
      jobs: [job],
      work: false,
      ...queue,
    });
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
      ...context,
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
      ...context,
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

  it("enqueues inside the caller's transaction: a rollback leaves no job, a commit runs it", async () => {
    const { job, handled } = recordingJob();
    const db = drizzle(pool);
    const runner = await startJobRunner({ ...context, url, db, log: createLogger("silent"), jobs: [job] });
    runners.push(runner);
    const queued = async () =>
      (await pool.query("select count(*)::int as n from pgboss.job where name = $1", [job.id])).rows[0].n;

    await expect(
      db.transaction(async (tx) => {
        await runner.send(job, { note: "rolled back" }, { tx });
        expect(
          await tx.execute(sql`select count(*)::int as n from pgboss.job where name = ${job.id}`),
        ).toMatchObject({
          rows: [{ n: 1 }],
        });
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    expect(await queued()).toBe(0);

    await db.transaction(async (tx) => {
      await runner.send(job, { note: "committed" }, { tx, singletonKey: "one" });
    });
    await vi.waitFor(() => expect(handled).toEqual(["committed"]), { timeout: 15_000 });
  });
});
