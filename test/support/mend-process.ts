import { type ChildProcess, execFile, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/mend.js");

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Runs `mend start` as its own process, exactly as `npm start` does.
export async function startMend(env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, "start"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "info", ...env, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr!.on("data", (chunk) => {
    output += chunk;
  });
  const startedAt = performance.now();
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  while (!output.includes("Mend is serving")) {
    if (child.exitCode !== null) throw new Error(`mend exited with ${child.exitCode}:\n${output}`);
    if (performance.now() - startedAt > 180_000) throw new Error(`mend did not start in 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { child, baseUrl, output: () => output, startMs: performance.now() - startedAt };
}

export function stopMend(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code) => resolve(code));
    child.kill(signal);
  });
}

export async function runMend(args: string[], env: Record<string, string>) {
  const { stdout } = await promisify(execFile)(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, ...env, DATABASE_URL: "" },
  });
  return stdout;
}
