#!/usr/bin/env node
// Runs the compiled server in dist/. `npm ci` builds it (the `prepare` script) and `npm run build`
// rebuilds it; a checkout whose sources changed since is rebuilt here first when the build tools are
// installed, and runs as built, with a warning, when they are not (a production install).
import { buildInChildProcess, buildState, canBuild } from "../scripts/build.js";

const toBuild = [];
for (const part of ["server", "web"]) {
  const state = buildState(part);
  if (state === "fresh") continue;
  if (canBuild(part)) toBuild.push(part);
  else if (state === "stale")
    console.warn(`mend: the ${part} was built before its sources last changed; run \`npm run build\`.`);
  else {
    console.error(
      `mend: the ${part} is not built, and its build tools are not installed (npm ci --omit=dev).\n` +
        "Build first: npm ci && npm run build, then npm ci --omit=dev.",
    );
    process.exit(1);
  }
}
if (toBuild.length > 0) buildInChildProcess(toBuild);
await import("../dist/main.js");
