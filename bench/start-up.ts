// Start-up and command speed, as a new user meets them.
// Usage: npx tsx bench/start-up.ts [--dir CHECKOUT] [--clone REF] [--runs 5]
//   --dir    measure another checkout (e.g. an older commit, for a before/after)
//   --clone  first `git clone` REF of this repository into a temporary folder and `npm ci` there, then
//            measure that fresh clone (what the README promises: `npm ci && npm start`)
// Measured: `npm start` on a fresh DATA_DIR until the demo accounts are printed and until "Mend is
// serving"; a restart; `mend token create` and `mend migrate` beside the running server and with the
// database stopped; the first message's latency at once and after start-up settles; idle memory.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: path.resolve(import.meta.dirname, "..") },
    clone: { type: "string" },
    runs: { type: "string", default: "5" },
  },
});
const runs = Number(values.runs);
const scratch = mkdtempSync(path.join(tmpdir(), "mend-bench-start-"));
chmodSync(scratch, 0o755); // as root, PostgreSQL runs as "postgres", which must reach the clone's binaries
const rows: [string, string][] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let dir = values.dir;
if (values.clone) {
  dir = path.join(scratch, "clone");
  execFileSync("git", ["clone", "--quiet", values.dir, dir]);
  execFileSync("git", ["checkout", "--quiet", values.clone], { cwd: dir });
  const started = performance.now();
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: "ignore" });
  rows.push([
    `fresh clone of ${values.clone}: npm ci (includes the build, if any)`,
    seconds(performance.now() - started),
  ]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Started = { child: ChildProcess; demoMs?: number; servingMs: number; output: string };
const running = new Set<ChildProcess>();
// A failed measurement must not leave a server (and its PostgreSQL) behind.
process.on("exit", () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {} // already gone
  }
});

// `npm start` exactly as the README has it, in its own process group so it can be stopped whole.
async function npmStart(env: Record<string, string>): Promise<Started> {
  const began = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let output = "";
  let demoMs: number | undefined;
  const onData = (chunk: Buffer) => {
    output += chunk;
    if (demoMs === undefined && output.includes("specialist@demo.mend.test"))
      demoMs = performance.now() - began;
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  while (!output.includes("Mend is serving")) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, demoMs, servingMs: performance.now() - began, output };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

// The Node process under npm and sh: the one running bin/mend.js.
function mendPid(child: ChildProcess): number {
  const pids = execFileSync("pgrep", ["-g", String(child.pid)])
    .toString()
    .trim()
    .split("\n");
  const pid = pids.find((p) => {
    const [program, script] = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0");
    return path.basename(program ?? "") === "node" && script?.endsWith("bin/mend.js");
  });
  if (!pid) throw new Error("the mend process was not found");
  return Number(pid);
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

// Idle once resident memory stops moving (the warm-up after start-up has finished).
async function settledRssMb(pid: number): Promise<number> {
  let last = rssMb(pid);
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = rssMb(pid);
    if (i >= 4 && Math.abs(now - last) < 1) return now;
    last = now;
  }
  return last;
}

function timeCommand(args: string[], env: Record<string, string>): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ["bin/mend.js", ...args.map((a) => a.replace("#", String(i)))],
      {
        cwd: dir,
        env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
        encoding: "utf8",
      },
    );
    if (result.status !== 0) throw new Error(`mend ${args.join(" ")} failed:\n${result.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function postMessage(baseUrl: string, token: string, id: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      channel: "email",
      externalId: id,
      receivedAt: new Date().toISOString(),
      from: { email: `${id}@example.com` },
      text: "My order arrived broken and nobody answers. I want a refund or I cancel my account.",
    }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/messages: ${response.status}`);
  return performance.now() - started;
}

// Its own temporary folder: as root, the database's user must be able to enter DATA_DIR's parent.
const dataDir = mkdtempSync(path.join(tmpdir(), "mend-bench-data-"));
const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
const baseUrl = `http://127.0.0.1:${env.PORT}`;
const load = loadavg()[0]!.toFixed(1);

const first = await npmStart(env);
rows.push(["first `npm start` (fresh DATA_DIR): demo accounts printed", seconds(first.demoMs ?? Number.NaN)]);
rows.push(['first `npm start`: "Mend is serving"', seconds(first.servingMs)]);
const token = execFileSync(
  process.execPath,
  ["bin/mend.js", "token", "create", "--org", "demo", "--name", "bench"],
  {
    cwd: dir,
    env: { ...process.env, ...env, DATABASE_URL: "" },
    encoding: "utf8",
  },
)
  .trim()
  .split("\n")
  .at(-1)!;
rows.push([
  "`mend token create`, server running (median)",
  seconds(timeCommand(["token", "create", "--org", "demo", "--name", "t#"], env)),
]);
rows.push(["`mend migrate`, server running (median)", seconds(timeCommand(["migrate"], env))]);
rows.push([
  "idle RSS after the first start (demo seeded)",
  `${(await settledRssMb(mendPid(first.child))).toFixed(0)} MB`,
]);
await stop(first.child);

rows.push([
  "`mend token create`, database stopped (median)",
  seconds(timeCommand(["token", "create", "--org", "demo", "--name", "s#"], env)),
]);
rows.push(["`mend migrate`, database stopped (median)", seconds(timeCommand(["migrate"], env))]);

const restart = await npmStart(env);
rows.push(['restart: "Mend is serving"', seconds(restart.servingMs)]);
rows.push([
  "first message right after serving",
  seconds(await postMessage(baseUrl, token, `first-${Date.now()}`)),
]);
const idle = await settledRssMb(mendPid(restart.child));
rows.push([
  "next message, once start-up has settled",
  seconds(await postMessage(baseUrl, token, `next-${Date.now()}`)),
]);
rows.push(["idle RSS after a restart", `${idle.toFixed(0)} MB`]);
await stop(restart.child);

const nodeAlone = performance.now();
spawnSync(process.execPath, ["-e", "0"]);
rows.push(["`node -e 0`, for scale", seconds(performance.now() - nodeAlone)]);

console.log(`checkout: ${dir}; load average at start ${load}; ${new Date().toISOString()}\n`);
console.log("| measurement | result |\n|---|---|");
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
rmSync(scratch, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });
