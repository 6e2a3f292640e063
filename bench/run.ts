// `npm run bench`: every benchmark in turn, each in its own process so memory figures are clean.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const benches: [string, ...string[]][] = [
  ["bench/foundation.ts"],
  ["bench/triage.ts"],
  ["bench/coach.ts"],
  // a fresh clone of HEAD, `npm ci`, then `npm start`: what the README promises a new user
  ["bench/start-up.ts", "--clone", "HEAD"],
];
let failed = false;
for (const [file, ...args] of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n## ${file}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", file, ...args], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
