import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Logger } from "pino";
import type { Config } from "../../config";
import { describeDatabase } from "../log";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";

export type Db = NodePgDatabase;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Database = {
  db: Db;
  pool: pg.Pool;
  url: string;
  embedded: EmbeddedServer | null;
  close: () => Promise<void>;
};

export async function openDatabase(options: {
  config: Config;
  log: Logger;
  migrate?: boolean;
  poolSize?: number;
  // A command-line tool leaves alone an embedded server it found running (a live Mend owns it).
  stopAdoptedServer?: boolean;
}): Promise<Database> {
  const { config, log } = options;
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  const url = config.databaseUrl ?? embedded!.url;
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 20 });
  pool.on("error", (error) => log.error({ err: error }, "idle database connection failed"));
  try {
    await pool.query("select 1");
    if (options.migrate !== false) await migrateDatabase({ url, log });
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  log.info({ database: describeDatabase(url), embedded: Boolean(embedded) }, "database ready");
  return {
    db: drizzle(pool),
    pool,
    url,
    embedded,
    close: async () => {
      await pool.end();
      if (embedded && (!embedded.adopted || options.stopAdoptedServer !== false)) await embedded.stop();
    },
  };
}
