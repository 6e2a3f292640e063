// Foundation benchmarks: ingest throughput over HTTP, the queue at a million cases, job pick-up.
// Usage: npx tsx bench/foundation.ts [--cases 1000000] [--messages 2000]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { createApiToken } from "../src/accounts/create-api-token";
import { createOrganization } from "../src/accounts/create-organization";
import { createUser } from "../src/accounts/create-user";
import { outboundAdapters } from "../src/app/outbound-adapters";
import { startServer } from "../src/app/start-server";
import { loadConfig } from "../src/config";
import { defineJob } from "../src/platform/jobs/define-job";
import { startJobRunner } from "../src/platform/jobs/job-runner";
import { createLogger } from "../src/platform/log";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "1000000" }, messages: { type: "string", default: "2000" } },
});
const caseCount = Number(values.cases);
const messageCount = Number(values.messages);

const dataDir = mkdtempSync(path.join(tmpdir(), "mend-bench-"));
const log = createLogger(process.env.BENCH_LOG ?? "silent");
const config = loadConfig({
  DATA_DIR: dataDir,
  PORT: "0",
  LOG_LEVEL: "silent",
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
});
const server = await startServer({ config, log });
const { db } = server.database;
const stamp = Date.now().toString(36);
const rows: string[][] = [];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// 1. Ingest over real HTTP, 16 in flight.
{
  const org = await createOrganization({ db, slug: `bench-${stamp}`, name: "Bench" });
  const { token } = await createApiToken({ db, orgId: org.id, name: "bench" });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < messageCount) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(`${server.url}/api/v1/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            channel: i % 3 === 0 ? "twitter" : "email",
            externalId: `bench-${i}`,
            receivedAt: new Date().toISOString(),
            from: i % 3 === 0 ? { handle: `@user${i}` } : { email: `user${i % 1500}@example.com` },
            text: "My order arrived late and the box was crushed. I want a refund.",
          }),
        });
        if (response.status !== 201)
          throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  rows.push([
    `ingest ${messageCount} messages over HTTP (16 concurrent)`,
    `${Math.round(messageCount / seconds)} msg/s; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  ]);
}

// 2. The queue with many cases in one organization.
{
  const org = await createOrganization({ db, slug: `big-${stamp}`, name: "Big" });
  const agent = await createUser({
    db,
    orgId: org.id,
    email: `agent-${stamp}@bench.mend`,
    name: "Agent",
    role: "agent",
    password: "bench-password",
  });
  const t0 = performance.now();
  await db.execute(sql`
    insert into customers (org_id, name)
    select ${org.id}::uuid, 'Customer ' || g from generate_series(1, ${Math.ceil(caseCount / 10)}) g`);
  await db.execute(sql`
    with c as (select id, row_number() over () as n from customers where org_id = ${org.id}::uuid)
    insert into cases (org_id, number, customer_id, status, priority, channel, preview, owner_id, opened_at, last_activity_at, interaction_count)
    select ${org.id}::uuid, g, c.id,
      (array['new','open','waiting_customer','resolved','closed'])[1 + g % 5]::case_status,
      (array['low','normal','high','critical'])[1 + g % 4]::case_priority,
      (array['email','twitter','sms','phone','webform'])[1 + g % 5],
      'Preview of case ' || g,
      case when g % 7 = 0 then ${agent.id}::uuid end,
      now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, 1
    from generate_series(1, ${caseCount}) g join c on c.n = 1 + g % ${Math.ceil(caseCount / 10)}`);
  await db.execute(sql`analyze cases`);
  rows.push([
    `seed ${caseCount.toLocaleString("en")} cases (SQL)`,
    `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  ]);

  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `agent-${stamp}@bench.mend`, password: "bench-password" }),
  });
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  const time = async (label: string, url: (cursor: string | null) => string, pages = 1) => {
    const samples: number[] = [];
    for (let round = 0; round < 40; round++) {
      let cursor: string | null = null;
      for (let page = 0; page < pages; page++) {
        const t = performance.now();
        const response = await fetch(`${server.url}${url(cursor)}`, { headers: { cookie } });
        const body = (await response.json()) as { nextCursor: string | null };
        if (response.status !== 200) throw new Error(JSON.stringify(body));
        if (round > 4) samples.push(performance.now() - t);
        cursor = body.nextCursor;
      }
    }
    samples.sort((a, b) => a - b);
    rows.push([
      label,
      `p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`,
    ]);
  };
  await time("queue, first page of 50", () => "/api/v1/cases?limit=50");
  await time("queue, status=open", () => "/api/v1/cases?limit=50&status=open");
  await time("queue, channel=sms", () => "/api/v1/cases?limit=50&channel=sms");
  await time("queue, owner=me", () => "/api/v1/cases?limit=50&owner=me");
  await time("queue, pages 1–20 by cursor", (c) => `/api/v1/cases?limit=50${c ? `&cursor=${c}` : ""}`, 20);
}

// 3. Job pick-up: from send to the handler starting, workers polling every 2 s.
{
  const picked: number[] = [];
  let sentAt = 0;
  const job = defineJob({
    id: `bench-${stamp}`,
    payload: z.object({}),
    workers: 2,
    async handle() {
      picked.push(performance.now() - sentAt);
    },
  });
  const runner = await startJobRunner({
    url: server.database.url,
    db,
    log,
    config,
    outbound: outboundAdapters,
    jobs: [job],
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < 100; i++) {
    const before = picked.length;
    sentAt = performance.now();
    await runner.send(job, {});
    while (picked.length === before) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await runner.stop();
  picked.sort((a, b) => a - b);
  rows.push([
    "job pick-up after send (100 jobs)",
    `p50 ${percentile(picked, 50).toFixed(1)} ms, p99 ${percentile(picked, 99).toFixed(1)} ms`,
  ]);
}

await server.stop();
rmSync(dataDir, { recursive: true, force: true });
console.log("| benchmark | result |\n|---|---|");
for (const [name, result] of rows) console.log(`| ${name} | ${result} |`);
