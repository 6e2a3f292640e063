import { randomBytes } from "node:crypto";
import pg from "pg";

// One key for every test server, as in one deployment: a row one server encrypted (a mailbox
// password) must open in any other.
export const TEST_SECRET_KEY = "test-secret-key-shared-by-every-test-app-0123456789";

/**
 * Test files share one database, each with organizations of its own; the job queue is the one
 * thing a server would otherwise share with every other file's servers. Its own pg-boss schema
 * keeps a test's jobs on its own workers (another file's worker would write attachments into
 * another DATA_DIR), and with no scheduled jobs no server sweeps or polls anyone else's
 * organizations behind a test's back: a test sends the sweep or poll it wants.
 */
export function ownJobQueue() {
  return { schema: `pgboss_test_${randomBytes(5).toString("hex")}`, scheduled: false };
}

// Keeps a reused server database (TEST_DATABASE_URL) from collecting one schema per test server.
export async function dropJobQueue(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
