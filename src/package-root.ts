import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Mend runs from its TypeScript sources (tests, `npm run dev`) or from the bundle in dist/ (`npm start`),
// which sit at different depths. Files that ship beside the code (migrations, web/dist, the triage model,
// the spelling worker, labels, fixtures) are therefore found from the package root, never from the
// calling file's own location.
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (dir === path.dirname(dir)) throw new Error(`Mend's package.json was not found above ${from}`);
  }
}

export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
