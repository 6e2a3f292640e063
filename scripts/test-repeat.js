#!/usr/bin/env node
// `npm run test:repeat [-- N]`: the whole of `npm test` N times in a row (5 unless told), stopping
// at the first red run, so a test that passes only by luck shows itself. Load the machine while it
// runs (see README, Tests) to find the ones that depend on timing.
import { spawn } from "node:child_process";

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("usage: npm run test:repeat [-- N]   (N: how many whole runs, 5 unless given)");
  process.exit(2);
}

// Runs `npm test`, showing its output as it comes and keeping its last line: "tests: P passed, F failed".
function runOnce() {
  return new Promise((resolve) => {
    const child = spawn("node", ["scripts/test.js"], {
      stdio: ["ignore", "pipe", "inherit"],
      env: process.env,
    });
    let tail = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-2000);
    });
    child.on("close", (code) => {
      const totals = tail.match(/tests: (\d+) passed, (\d+) failed/);
      resolve({ code: code ?? 1, passed: totals?.[1] ?? "?", failed: totals?.[2] ?? "?" });
    });
  });
}

const summary = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n=== run ${run} of ${runs} ===\n`);
  const startedAt = performance.now();
  const result = await runOnce();
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  summary.push(
    `run ${run}: ${result.code === 0 ? "green" : "RED"}, ${result.passed} passed, ${result.failed} failed, ${seconds} s`,
  );
  if (result.code !== 0) break;
}
console.log(`\n${summary.join("\n")}`);
const green = summary.filter((line) => line.includes("green")).length;
console.log(`${green} of ${runs} runs green`);
process.exit(green === runs ? 0 : 1);
