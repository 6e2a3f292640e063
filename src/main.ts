// The `mend` command line. Each command lives in its domain; this file only dispatches.
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  start: { summary: "start the server (default)", load: () => import("./app/start-command") },
  migrate: { summary: "apply database migrations", load: () => import("./platform/db/migrate-command") },
  seed: {
    summary: "seed --demo: create the demo organization",
    load: () => import("./accounts/seed-command"),
  },
  org: { summary: "org create --slug SLUG --name NAME", load: () => import("./accounts/org-command") },
  "create-user": {
    summary: "create-user --org SLUG --email E --name N --role R [--password P]",
    load: () => import("./accounts/create-user-command"),
  },
  token: { summary: "token create --org SLUG --name NAME", load: () => import("./accounts/token-command") },
  import: {
    summary: "import customers FILE.csv --org SLUG",
    load: () => import("./customers/import-command"),
  },
  train: { summary: "train the default triage model", load: () => import("./triage/training/train-command") },
  eval: { summary: "eval triage|coach …", load: () => import("./app/eval-command") },
  coach: {
    summary: "coach FILE --channel C --stage S [--name N] [--json]",
    load: () => import("./coach/coach-command"),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `usage: mend <command> [options]\n\ncommands:\n${lines.join("\n")}`;
}

async function main(): Promise<void> {
  const [name = "start", ...rest] = process.argv.slice(2);
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return;
  }
  const command = commands[name];
  if (!command) {
    console.error(`mend: unknown command "${name}"\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  const { run } = await command.load();
  const code = await run(rest);
  if (name !== "start") process.exit(code);
  process.exitCode = code;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
