import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { count } from "drizzle-orm";
import { seedDemo } from "../accounts/seed-demo";
import { organizations } from "../accounts/tables";
import { ConfigError, loadConfig } from "../config";
import { createLogger } from "../platform/log";
import { startServer } from "./start-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function run(_args: string[]): Promise<number> {
  const startedAt = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  await ensureWebBuilt(log);
  const server = await startServer({ config, log });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  const signInUrl = `${config.publicUrl}/sign-in`;
  if (server.database.embedded) {
    const [row] = await server.database.db.select({ n: count() }).from(organizations);
    if (row?.n === 0) {
      const demo = await seedDemo({ db: server.database.db });
      console.log(
        [
          "",
          "Mend is ready with a demo organization.",
          `  Sign in at ${signInUrl}`,
          ...demo.users.map((u) => `  ${u.role.padEnd(10)} ${u.email}  password: ${demo.password}`),
          "",
        ].join("\n"),
      );
    }
  }
  log.info(
    { url: server.url, signIn: signInUrl, ms: Math.round(performance.now() - startedAt) },
    "Mend is serving",
  );
  return 0;
}

// A fresh clone has no built web app until the first start; build it once, then reuse it.
async function ensureWebBuilt(log: ReturnType<typeof createLogger>) {
  if (existsSync(path.join(root, "web/dist/index.html"))) return;
  log.info("building the web app (first start only)");
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "web/vite.config.ts"), logLevel: "warn" });
}
