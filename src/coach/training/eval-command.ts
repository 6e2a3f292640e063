import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../../package-root";
import { type CoachFixture, coachFixtureSchema } from "./eval-fixture";
import { type Measurement, measureRules, type RuleScore, ratio } from "./measure-rules";

const usage = "usage: mend eval coach [--file FIXTURES.jsonl]... [--dir DIR]... [--json] [--verbose]";
// The tuned set may be looked at while changing rules; the untouched set never is, so its figures
// are the ones that say how the coach does on replies it has not seen.
const defaultDirectories = [
  join(packageRoot, "test/fixtures/coach"),
  join(packageRoot, "test/fixtures/coach-untouched"),
];

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
  let values: { file?: string[]; dir?: string[]; json?: boolean; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        file: { type: "string", multiple: true },
        dir: { type: "string", multiple: true },
        json: { type: "boolean" },
        verbose: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`mend eval coach: ${error instanceof Error ? error.message : error}\n${usage}`);
    return 2;
  }
  const sets: { name: string; paths: string[] }[] = [];
  try {
    if (values.file?.length) sets.push({ name: values.file.join(", "), paths: values.file });
    const directories = values.dir ?? (values.file?.length ? [] : defaultDirectories);
    for (const directory of directories) sets.push({ name: directory, paths: await jsonlFiles(directory) });
  } catch (error) {
    console.error(`mend eval coach: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  const results: { set: string; fixtures: number; measurement: Measurement }[] = [];
  for (const set of sets) {
    let fixtures: CoachFixture[];
    try {
      fixtures = await loadFixtures(set.paths);
    } catch (error) {
      console.error(`mend eval coach: ${error instanceof Error ? error.message : error}`);
      return 2;
    }
    if (fixtures.length === 0) {
      console.error(`mend eval coach: no fixtures found in ${set.name}`);
      return 2;
    }
    results.push({ set: set.name, fixtures: fixtures.length, measurement: measureRules({ fixtures }) });
  }
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
    return 0;
  }
  for (const { set, fixtures, measurement } of results)
    printMeasurement(set, fixtures, measurement, values.verbose);
  return 0;
}

async function jsonlFiles(directory: string): Promise<string[]> {
  return (await readdir(directory))
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => join(directory, name));
}

function share(part: number, whole: number): string {
  return `${part}/${whole} (${(ratio(part, whole) * 100).toFixed(1)} %)`;
}

function printMeasurement(set: string, fixtures: number, measurement: Measurement, verbose?: boolean) {
  const { replies } = measurement;
  console.log(`${set}: ${fixtures} labelled replies\n`);
  console.log(`${"rule".padEnd(24)} precision  recall   TP/FP/FN`);
  for (const score of measurement.rules) console.log(row(score));
  console.log(row(measurement.overall));
  console.log(`\nbad replies flagged (blocker or warning): ${share(replies.badFlagged, replies.badReplies)}`);
  console.log(
    `good replies left alone:                 ${share(replies.goodLeftAlone, replies.goodReplies)}`,
  );
  console.log(
    `corporate register given a blocker:      ${share(replies.registerBlocked, replies.registerReplies)}\n`,
  );
  if (!verbose) return;
  for (const mistake of measurement.mistakes) {
    console.log(
      `${mistake.kind.padEnd(15)} ${mistake.ruleId.padEnd(24)} ${mistake.fixtureId}: ${mistake.detail}`,
    );
  }
  console.log("");
}
