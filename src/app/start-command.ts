import { count } from "drizzle-orm";
import { organizations } from "../accounts/tables";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../platform/db/client";
import { createLogger } from "../platform/log";

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
  // The database starts in its own processes (initdb alone takes seconds on a first start), so the
  // server's modules load meanwhile, and the demo organization is seeded while the server is built.
  const database = openDatabase({ config, log });
  database.catch(() => {}); // awaited below; meanwhile a failure must not count as unhandled
  const [{ startServer }, { seedDemo }, { warmUp }] = await Promise.all([
    import("./start-server"),
    import("../accounts/seed-demo"),
    import("./warm-up"),
  ]);
  const demo = (async () => {
    const { db, embedded } = await database;
    if (!embedded) return null;
    const [row] = await db.select({ n: count() }).from(organizations);
    return row?.n === 0 ? seedDemo({ db }) : null;
  })();
  demo.catch(() => {}); // likewise
  const server = await startServer({ config, log, database });

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
  const seeded = await demo;
  if (seeded?.created)
    console.log(
      [
        "",
        "Mend is ready with a demo organization.",
        `  Sign in at ${signInUrl}`,
        ...seeded.users.map((u) => `  ${u.role.padEnd(10)} ${u.email}  password: ${seeded.password}`),
        "",
      ].join("\n"),
    );
  log.info(
    { url: server.url, signIn: signInUrl, ms: Math.round(performance.now() - startedAt) },
    "Mend is serving",
  );
  setImmediate(warmUp);
  return 0;
}
