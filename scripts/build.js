#!/usr/bin/env node
// `npm run build`: the server bundled into dist/ (esbuild) and the web app into web/dist/ (vite), so
// `npm start` runs plain JavaScript and a production install needs neither tool.
//   node scripts/build.js [server] [web]   build those parts (both when none is named)
//   node scripts/build.js --prepare        npm's `prepare` (runs on `npm ci`): build what the installed
//                                          tools can build; with --omit=dev, keep what is already built
// Each build records the source files it read; bin/mend.js compares their times with the build's own to
// rebuild a checkout whose sources changed, so a stale dist/ never runs silently.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export const parts = {
  server: {
    tool: "esbuild",
    output: path.join(root, "dist/main.js"),
    record: path.join(root, "dist/.build-inputs.json"),
  },
  web: {
    tool: "vite",
    output: path.join(root, "web/dist/index.html"),
    record: path.join(root, "web/dist/.build-inputs.json"),
  },
};

export function canBuild(part) {
  try {
    require.resolve(parts[part].tool);
    return true;
  } catch {
    return false;
  }
}

/** "missing", "stale" or "fresh": stale when a source the last build read is newer than that build. */
export function buildState(part) {
  const { output, record } = parts[part];
  if (!existsSync(output) || !existsSync(record)) return "missing";
  const builtAt = statSync(record).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(record, "utf8"));
  for (const input of inputs) {
    const file = path.join(root, input);
    if (!existsSync(file) || statSync(file).mtimeMs > builtAt) return "stale";
  }
  return "fresh";
}

// Dated to when the build began, so a source saved during the build still counts as newer.
function recordInputs(part, files, startedAt) {
  const inputs = [...new Set(files.map((file) => path.relative(root, path.resolve(root, file))))]
    .filter((file) => !file.startsWith("..") && !file.split(path.sep).includes("node_modules"))
    .concat("scripts/build.js")
    .sort();
  writeFileSync(parts[part].record, `${JSON.stringify({ inputs }, null, 1)}\n`);
  utimesSync(parts[part].record, startedAt, startedAt);
}

// Written beside the old files and renamed over them, file by file, so a second `mend` starting at the
// same moment reads either the old build or the new one, never half a file.
async function buildServer() {
  const startedAt = new Date();
  const esbuild = await import("esbuild");
  const outdir = path.join(root, "dist");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/main.ts"],
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // The commands are loaded on demand (src/main.ts), so `mend token create` never parses the server.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  assertRuntimeDependencies(result.metafile);
  const written = new Set();
  const isMain = (file) => file.path === parts.server.output;
  for (const file of [
    ...result.outputFiles.filter((f) => !isMain(f)),
    ...result.outputFiles.filter(isMain),
  ]) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(file.path);
  }
  for (const name of readdirSync(outdir, { recursive: true })) {
    const file = path.join(outdir, name);
    const leftOver = !written.has(file) && !name.startsWith(".") && !name.endsWith(".tmp");
    if (leftOver && statSync(file).isFile()) rmSync(file);
  }
  recordInputs("server", Object.keys(result.metafile.inputs), startedAt);
}

// `npm ci --omit=dev` installs only `dependencies`: a server import of anything else would start in
// development and fail in production, so it fails the build instead.
function assertRuntimeDependencies(metafile) {
  const { dependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const missing = new Set();
  for (const output of Object.values(metafile.outputs))
    for (const { path: specifier, external } of output.imports) {
      if (!external || specifier.startsWith("node:") || specifier.startsWith(".") || isBuiltin(specifier))
        continue;
      const name = specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/");
      if (!(name in dependencies)) missing.add(name);
    }
  if (missing.size > 0)
    throw new Error(
      `the server imports ${[...missing].join(", ")}, which package.json lists only for development`,
    );
}

async function buildWeb() {
  const startedAt = new Date();
  const { build } = await import("vite");
  const read = [];
  await build({
    configFile: path.join(root, "web/vite.config.ts"),
    logLevel: "warn",
    plugins: [
      {
        name: "mend-record-inputs",
        generateBundle() {
          for (const id of this.getModuleIds()) if (!id.startsWith("\0")) read.push(id.split("?")[0]);
        },
      },
    ],
  });
  recordInputs("web", [...read, "web/index.html", "web/vite.config.ts"], startedAt);
}

export async function build(names) {
  for (const name of names) {
    const started = performance.now();
    await (name === "server" ? buildServer() : buildWeb());
    console.log(`mend: built the ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** For bin/mend.js: builds in a child process, so the server never holds the build tools' memory. */
export function buildInChildProcess(names) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...names], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`building the ${names.join(" and ")} failed`);
}

async function prepare() {
  const buildable = Object.keys(parts).filter(canBuild);
  await build(buildable);
  const missing = Object.keys(parts).filter(
    (part) => !buildable.includes(part) && buildState(part) === "missing",
  );
  if (missing.length > 0)
    console.warn(
      `mend: the ${missing.join(" and ")} is not built and its build tools are not installed ` +
        "(--omit=dev). Run `npm ci && npm run build` first, then `npm ci --omit=dev`.",
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const named = args.filter((arg) => arg in parts);
  try {
    if (args.includes("--prepare")) await prepare();
    else await build(named.length > 0 ? named : Object.keys(parts));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
