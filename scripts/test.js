#!/usr/bin/env node
// `npm test`: unit and integration tests on a real PostgreSQL (embedded, or TEST_DATABASE_URL),
// then the browser journeys in Debian's Chromium. Under CI=true nothing may be left out.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildState } from "./build.js";

const ci = process.env.CI === "true";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const extraArgs = process.argv.slice(2);
const reports = mkdtempSync(path.join(tmpdir(), "mend-test-report-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

function vitest(name, configArgs) {
  const report = path.join(reports, `${name}.json`);
  const status = run("npx", [
    "vitest",
    "run",
    ...configArgs,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...extraArgs,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  if (status !== 0) failed = true;
}

console.log(
  process.env.TEST_DATABASE_URL
    ? "Database: the PostgreSQL server in TEST_DATABASE_URL"
    : "Database: an embedded PostgreSQL in a throwaway folder",
);
// The browser journeys use web/dist/ and the start-up tests run bin/mend.js, which runs dist/.
const outdated = ["server", "web"].filter((part) => buildState(part) !== "fresh");
if (outdated.length > 0 && run(process.execPath, ["scripts/build.js", ...outdated]) !== 0) {
  console.error(`The ${outdated.join(" and ")} did not build.`);
  process.exit(1);
}

vitest("unit-and-integration", []);

if (existsSync(chromium)) {
  vitest("browser", ["--config", "vitest.browser.config.ts"]);
} else if (ci) {
  console.error(`Browser tests cannot run: Chromium is missing at ${chromium} (apt-get install chromium).`);
  failed = true;
} else {
  console.log(
    `Browser tests not run: Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}

console.log(
  `\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(failed ? 1 : 0);
