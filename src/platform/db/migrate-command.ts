import { loadConfig } from "../../config";
import { createLogger } from "../log";
import { openDatabase } from "./client";

export async function run(_args: string[]): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({ config, log, migrate: true, poolSize: 2, stopAdoptedServer: false });
  await database.close();
  console.log("Migrations are up to date.");
  return 0;
}
