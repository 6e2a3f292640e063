// The layers of docs/architecture.md, held by `npm run lint`: a wrong arrow fails the build.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "platform-knows-no-domain",
      comment:
        "src/platform is the shell every domain plugs into (db, jobs, http, events, log); the composition root in src/app wires the domains in.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: "^src/", pathNot: "^src/(platform/|shared/|config\\.ts$|package-root\\.ts$)" },
    },
    {
      name: "shared-is-plain-vocabulary",
      comment: "src/shared is imported by the web app too: plain data and zod, nothing else of ours.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/", pathNot: "^src/shared/" },
    },
    {
      name: "engines-are-pure",
      comment:
        "triage/engine and coach/engine take text and settings and return results: no database, HTTP, job queue or other domain (package-root.ts only says where their model files lie).",
      severity: "error",
      from: { path: "^src/(triage|coach)/engine/" },
      to: {
        pathNot:
          "^src/(shared/|$1/engine/|package-root\\.ts$)|^node_modules/(zod|vader-sentiment|sentiment|nspell|dictionary-en|retext[^/]*|unified|luxon)/",
        dependencyTypesNot: ["core"],
      },
    },
    {
      name: "domains-import-no-channel-adapter",
      comment:
        "Channel adapters (src/channels/*) sit behind the intake path and the outbound port; only the composition root picks them.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(app|channels)/" },
      to: { path: "^src/channels/" },
    },
    {
      name: "only-the-root-imports-the-root",
      comment: "src/app is the top: nothing but the command line entry imports it.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(app/|main\\.ts$)" },
      to: { path: "^src/app/" },
    },
    {
      name: "web-imports-only-the-vocabulary",
      comment: "The web app shares the server's words, never its code.",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^src/", pathNot: "^src/shared/" },
    },
    {
      name: "no-circular",
      comment: "A circle of value imports makes load order matter; type-only circles are harmless.",
      severity: "error",
      from: {},
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|\\.scratch)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
