// `npm run bench`: every benchmark in turn, each in its own process so memory figures are clean.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const benches = ["bench/foundation.ts", "bench/triage.ts", "bench/coach.ts"];
let failed = false;
for (const file of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n## ${file}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
