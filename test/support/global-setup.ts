import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../src/platform/db/embedded-postgres";
import { migrateDatabase } from "../../src/platform/db/migrate";
import { createLogger } from "../../src/platform/log";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "embedded" | "server";
  }
}

// Integration tests run against a real PostgreSQL: the server in TEST_DATABASE_URL when set,
// otherwise an embedded one in a throwaway DATA_DIR. Each test makes its own organization,
// so tests share one database without seeing each other's rows.
export default async function setup(project: TestProject) {
  const log = createLogger("warn");
  let embedded: EmbeddedServer | null = null;
  let dataDir: string | null = null;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "mend-test-"));
    embedded = await startEmbeddedPostgres({ dataDir, log });
    url = embedded.url;
  }
  await migrateDatabase({ url, log });
  project.provide("databaseUrl", url);
  project.provide("databaseKind", embedded ? "embedded" : "server");
  console.log(
    `integration tests use ${embedded ? "an embedded PostgreSQL" : "the PostgreSQL server in TEST_DATABASE_URL"}`,
  );
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
