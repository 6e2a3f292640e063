import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runMend, startMend, stopMend } from "../support/mend-process";

const dataDir = mkdtempSync(path.join(tmpdir(), "mend-life-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postgresPid(): number | null {
  const file = path.join(dataDir, "postgres/postmaster.pid");
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, "utf8").split("\n")[0]);
}

// An exited server whose parent is gone may linger as a zombie until init reaps it.
function alive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

async function signInAsDemoAdmin(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@demo.mend.test", password: "mend-demo-password" }),
  });
  expect(response.status).toBe(200);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

async function caseNumbers(baseUrl: string): Promise<number[]> {
  const cookie = await signInAsDemoAdmin(baseUrl);
  const response = await fetch(`${baseUrl}/api/v1/cases?limit=200`, { headers: { cookie } });
  return (await response.json()).items.map((c: { number: number }) => c.number);
}

describe("the embedded PostgreSQL life cycle", () => {
  it("starts with a demo org, survives a restart and a kill -9, and stops its database", async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };

    const first = await startMend(env);
    expect(first.output()).toContain("Sign in at");
    expect(first.output()).toContain("admin@demo.mend.test");
    const page = await fetch(`${first.baseUrl}/sign-in`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const seeded = await caseNumbers(first.baseUrl);
    expect(seeded.length).toBeGreaterThan(20);

    // A command run beside the live server shares its database and leaves it running.
    const tokenOutput = await runMend(["token", "create", "--org", "demo", "--name", "life"], env);
    const token = tokenOutput.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^mend_/);
    const posted = await fetch(`${first.baseUrl}/api/v1/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        channel: "sms",
        externalId: "life-1",
        receivedAt: new Date().toISOString(),
        from: { phone: "+44 7700 900999" },
        text: "Written before the restart.",
      }),
    });
    expect(posted.status).toBe(201);
    const { caseNumber } = await posted.json();

    const pgPid = postgresPid();
    expect(await stopMend(first.child)).toBe(0);
    expect(alive(pgPid)).toBe(false);

    const second = await startMend(env);
    expect(second.output()).not.toContain("Sign in at");
    expect(await caseNumbers(second.baseUrl)).toContain(caseNumber);

    await stopMend(second.child, "SIGKILL");
    const orphan = postgresPid();
    expect(alive(orphan)).toBe(true);

    const third = await startMend(env);
    expect(third.output()).toContain("reusing the embedded PostgreSQL");
    const numbers = await caseNumbers(third.baseUrl);
    expect(numbers).toContain(caseNumber);
    expect(numbers).toHaveLength(seeded.length + 1);
    expect(await stopMend(third.child)).toBe(0);
    expect(alive(orphan)).toBe(false);
    // Three whole starts, each initialising or recovering a database: minutes on a loaded machine.
  }, 300_000);

  it("refuses a database folder made by another PostgreSQL major version and leaves it untouched", async () => {
    const oldDataDir = mkdtempSync(path.join(tmpdir(), "mend-pg17-"));
    try {
      mkdirSync(path.join(oldDataDir, "postgres"));
      writeFileSync(path.join(oldDataDir, "postgres/PG_VERSION"), "17\n");
      writeFileSync(
        path.join(oldDataDir, "postgres.json"),
        JSON.stringify({ user: "mend", password: "unused", port: await freePort() }),
      );
      for (const command of ["start", "migrate"]) {
        const failure = await runMend([command], { DATA_DIR: oldDataDir }).then(
          () => null,
          (error: { code: number; stderr: string }) => error,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stderr.trim()).toMatch(
          /^The database in .* was made by PostgreSQL 17, and this Mend runs PostgreSQL \d+, which cannot open it\./,
        );
        expect(failure?.stderr).not.toMatch(/runs PostgreSQL 17\b/);
        expect(failure?.stderr).toContain("pg_upgrade");
        expect(readdirSync(path.join(oldDataDir, "postgres"))).toEqual(["PG_VERSION"]);
      }
    } finally {
      rmSync(oldDataDir, { recursive: true, force: true });
    }
  });
});
