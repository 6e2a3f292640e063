import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "./coach-command";

async function draft(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "mend-coach-")), "reply.txt");
  await writeFile(path, text);
  return path;
}

describe("mend coach", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints JSON findings and exits 1 on blockers", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const file = await draft("Hi Ana,\nobviously you should have read the manual.");
    const code = await run([file, "--channel", "email", "--stage", "update", "--name", "Ana", "--json"]);
    expect(code).toBe(1);
    const output = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(output.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain("condescension");
    expect(output.score).toBeLessThan(100);
  });

  it("prints line:column and exits 0 without blockers", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const file = await draft("Hello,\nwe have have refunded you.");
    expect(await run([file, "--channel", "sms", "--stage", "update"])).toBe(0);
    expect(log.mock.calls.map((call) => String(call[0])).join("\n")).toContain(`${file}:2:4`);
  });

  it("names the bad option and exits 2", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await run(["x.txt", "--channel", "fax", "--stage", "update"])).toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toContain("--channel");
    expect(await run(["x.txt", "--channel", "sms", "--stage", "done"])).toBe(2);
    expect(await run(["x.txt", "--bogus"])).toBe(2);
  });
});
