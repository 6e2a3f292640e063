import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../../package-root";
import { DEFAULT_MODEL_PATH } from "../engine/default-model";
import { readSupportTweets } from "./read-support-tweets";
import { readTable } from "./read-table";
import { type AirlineRow, trainDefaultModel } from "./train-default-model";

// `mend train [--data-dir ../shared/data] [--out src/triage/engine/model/default-model.json]`
export async function run(args: string[]): Promise<number> {
  let values: { "data-dir"?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        "data-dir": { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`mend train: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  if (values.help) {
    console.log(
      "usage: mend train [--data-dir ../shared/data] [--out src/triage/engine/model/default-model.json]",
    );
    return 0;
  }
  const dataDir = resolve(values["data-dir"] ?? "../shared/data");
  const file = join(dataDir, "airline-tweets.csv");
  if (!existsSync(file)) {
    console.error(
      `mend train: --data-dir: ${file} not found (the public airline tweets are needed to train)`,
    );
    return 2;
  }
  const tweetsFile = join(dataDir, "twcs-sample.csv");
  if (!existsSync(tweetsFile)) {
    console.error(
      `mend train: --data-dir: ${tweetsFile} not found (the public support tweets are needed to train)`,
    );
    return 2;
  }
  const out = values.out ? resolve(values.out) : DEFAULT_MODEL_PATH;
  const content = readFileSync(file, "utf8");
  const sha256 = createHash("sha256").update(content).digest("hex");
  const tweetsCsv = readFileSync(tweetsFile, "utf8");
  const labelsCsv = readFileSync(join(packageRoot, "src/triage/training/labels/twcs-labels.csv"), "utf8");
  const supportSha256 = createHash("sha256").update(tweetsCsv).update(labelsCsv).digest("hex");
  const started = performance.now();
  const rows = readTable({ content, format: "csv" }) as unknown as AirlineRow[];
  const supportTweets = readSupportTweets({ tweetsCsv, labelsCsv });
  const artefact = trainDefaultModel({ rows, sha256, supportTweets, supportSha256 });
  writeFileSync(out, `${JSON.stringify(artefact)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `trained ${artefact.version} on ${artefact.trainedOn.rows} airline and ${artefact.trainedOn.support?.rows ?? 0} support tweets in ${seconds}s: ` +
      `${Object.keys(artefact.sentiment.weights).length} sentiment and ${Object.keys(artefact.cause.weights).length} cause features, ` +
      `threshold ${artefact.sentiment.threshold} → ${out}`,
  );
  return 0;
}
