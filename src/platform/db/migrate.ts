import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Logger } from "pino";
import { packageRoot } from "../../package-root";

export const migrationsFolder = path.join(packageRoot, "migrations");

// Any number of processes may start at once; an advisory lock lets exactly one migrate.
const MIGRATION_LOCK = 7_243_001;

export async function migrateDatabase(options: { url: string; log: Logger }): Promise<void> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder });
    options.log.debug("migrations applied");
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
