import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../../package-root";
import { type CoachFixture, coachFixtureSchema } from "./eval-fixture";
import { measureRules, type RuleScore, ratio } from "./measure-rules";

const usage = "usage: mend eval coach [--file FIXTURES.jsonl]... [--dir DIR] [--json] [--verbose]";
const defaultDirectory = join(packageRoot, "test/fixtures/coach");

export async function loadFixtures(paths: string[]): Promise<CoachFixture[]> {
  const fixtures: CoachFixture[] = [];
  for (const path of paths) {
    const lines = (await readFile(path, "utf8")).split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "" || line.trimStart().startsWith("//")) return;
      const parsed = coachFixtureSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      fixtures.push(parsed.data);
    });
  }
  return fixtures;
}

function row(score: RuleScore): string {
  const precision = ratio(score.truePositives, score.truePositives + score.falsePositives);
  const recall = ratio(score.truePositives, score.truePositives + score.falseNegatives);
  const counts = `${score.truePositives}/${score.falsePositives}/${score.falseNegatives}`;
  return `${score.ruleId.padEnd(24)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)}   ${counts}`;
}

export async function run(args: string[]): Promise<number> {
  let values: { file?: string[]; dir?: string; json?: boolean; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        file: { type: "string", multiple: true },
        dir: { type: "string" },
        json: { type: "boolean" },
        verbose: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`mend eval coach: ${error instanceof Error ? error.message : error}\n${usage}`);
    return 2;
  }
  const directory = values.dir ?? defaultDirectory;
  let paths = values.file ?? [];
  let fixtures: CoachFixture[];
  try {
    if (paths.length === 0) {
      paths = (await readdir(directory))
        .filter((name) => name.endsWith(".jsonl"))
        .map((name) => join(directory, name));
    }
    fixtures = await loadFixtures(paths);
  } catch (error) {
    console.error(`mend eval coach: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  if (fixtures.length === 0) {
    console.error(`mend eval coach: no fixtures found in ${paths.join(", ") || directory}`);
    return 2;
  }
  const measurement = measureRules({ fixtures });
  if (values.json) {
    console.log(JSON.stringify({ fixtures: fixtures.length, ...measurement }, null, 2));
    return 0;
  }
  console.log(`${fixtures.length} labelled replies from ${paths.length} file(s)\n`);
  console.log(`${"rule".padEnd(24)} precision  recall   TP/FP/FN`);
  for (const score of measurement.rules) console.log(row(score));
  console.log(row(measurement.overall));
  if (values.verbose) {
    console.log("");
    for (const mistake of measurement.mistakes) {
      console.log(
        `${mistake.kind.padEnd(15)} ${mistake.ruleId.padEnd(24)} ${mistake.fixtureId}: ${mistake.detail}`,
      );
    }
  }
  return 0;
}
