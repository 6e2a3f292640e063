import { loadConfig } from "../../config";
import { createLogger } from "../log";
import { type Database, openDatabase } from "./client";

// For command-line tools: the same DATA_DIR / DATABASE_URL as the server, quiet logs.
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? "warn");
  const database = await openDatabase({ config, log, poolSize: 4, stopAdoptedServer: false });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
