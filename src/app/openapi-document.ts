import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { loadConfig } from "../config";
import { createLogger } from "../platform/log";
import { buildMendApp } from "./build-mend-app";
import { outboundAdapters } from "./outbound-adapters";

// The document the server serves at /docs/json, produced without a database: routes only touch
// the database, the queue and the event hub when a request arrives, and none arrives here.
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mend-openapi-"));
  const config = loadConfig({ DATA_DIR: dataDir, SECRET_KEY: "openapi-document-only-never-signs-anything" });
  const pool = new pg.Pool({ connectionString: "postgres://unused@127.0.0.1:1/unused", max: 1 });
  const app = await buildMendApp({
    config,
    db: drizzle(pool),
    log: createLogger("silent"),
    events: { subscribe: () => () => {}, close: async () => {} },
    jobs: { send: async () => null, stop: async () => {} },
    outbound: outboundAdapters,
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await pool.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
