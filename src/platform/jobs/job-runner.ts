import { sql } from "drizzle-orm";
import pg from "pg";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db, Tx } from "../db/client";
import type { JobDefinition, JobRunner, OutboundDelivery } from "./define-job";

const WAKE_CHANNEL = "mend_jobs";

// pg-boss polls; each worker sleeps a whole polling interval after a fetch. A NOTIFY on send
// wakes the right workers in every process at once, so a job starts in milliseconds, while
// polling remains the safety net for anything a notification misses.
export async function startJobRunner(options: {
  url: string;
  db: Db;
  log: Logger;
  config: Config;
  outbound: OutboundDelivery;
  jobs: JobDefinition[];
  work?: boolean;
  pollingIntervalSeconds?: number;
  /** pg-boss's schema; every process of one deployment must share it */
  schema?: string;
  /** whether this process registers and fires the cron jobs (the SLA sweep, mailbox polls) */
  scheduled?: boolean;
}): Promise<JobRunner> {
  const { log, jobs } = options;
  // Scheduled jobs act on every organization in the database. A test server shares its database
  // with other tests' organizations, so it turns them off (and so does not fire cron at all) and
  // runs a sweep or poll only when its test sends one; production leaves them on.
  const scheduled = options.scheduled ?? true;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema ?? "pgboss",
    max: 4,
    schedule: scheduled,
  });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();

  const notifier = new pg.Pool({ connectionString: options.url, max: 1 });
  const runner: JobRunner = {
    async send(job, payload, sendOptions = {}) {
      const { tx, ...rest } = sendOptions;
      const data = job.payload.parse(payload) as object;
      if (tx) {
        const id = await boss.send(job.id, data, {
          ...rest,
          db: { executeSql: (text, values) => runIn(tx, text, values) },
        });
        await tx.execute(sql`select pg_notify(${WAKE_CHANNEL}, ${job.id})`);
        return id;
      }
      const id = await boss.send(job.id, data, rest);
      await notifier.query("select pg_notify($1, $2)", [WAKE_CHANNEL, job.id]);
      return id;
    },
    async stop() {
      await listener?.end().catch(() => {});
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await notifier.end();
    },
  };

  const workerIds = new Map<string, string[]>();
  let listener: pg.Client | null = null;
  for (const job of jobs) {
    await boss.createQueue(job.id, {
      name: job.id,
      retryLimit: job.retryLimit ?? 5,
      retryBackoff: true,
      retryDelay: 5,
    });
    if (job.schedule && scheduled) await boss.schedule(job.id, job.schedule, {});
  }
  if (options.work !== false) {
    for (const job of jobs) {
      const ids: string[] = [];
      for (let i = 0; i < (job.workers ?? 2); i++) {
        ids.push(
          await boss.work(
            job.id,
            { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
            async ([raw]) => {
              if (!raw) return;
              const payload = job.payload.parse(raw.data);
              await job.handle(payload, {
                db: options.db,
                log: log.child({ job: job.id, jobId: raw.id }),
                config: options.config,
                jobs: runner,
                outbound: options.outbound,
              });
            },
          ),
        );
      }
      workerIds.set(job.id, ids);
    }
    listener = new pg.Client({ connectionString: options.url });
    listener.on("notification", (message) => {
      for (const id of workerIds.get(message.payload ?? "") ?? []) boss.notifyWorker(id);
    });
    listener.on("error", (error) => log.warn({ err: error }, "job wake-up listener lost; polling continues"));
    await listener.connect();
    await listener.query(`listen ${WAKE_CHANNEL}`);
  }
  return runner;
}

// pg-boss writes its SQL with $1…$n placeholders; the transaction speaks drizzle, so the text is
// rebuilt as one drizzle query with the same values bound as parameters.
async function runIn(tx: Tx, text: string, values: unknown[] = []) {
  const parts = text.split(/\$(\d+)/);
  const query = sql.empty();
  parts.forEach((part, index) => {
    if (index % 2 === 0) query.append(sql.raw(part));
    // pg-boss leaves unset options undefined; as a drizzle chunk that would vanish, not bind NULL.
    else query.append(sql`${sql.param(values[Number(part) - 1] ?? null)}`);
  });
  return tx.execute(query);
}
