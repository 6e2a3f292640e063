// Writes src/triage/training/cause-shares.json: per airline reason, its labelled share of the training
// split's negative tweets ÷ the mean probability the current artefact gives it there. `mend eval triage
// --cause` multiplies the mean predicted probabilities by these ratios to estimate the Pareto shares.
// Rerun after `mend train`. Usage: npx tsx scripts/calibrate-cause-shares.ts [--data-dir ../shared/data]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadDefaultModel } from "../src/triage/engine/default-model";
import { extractFeatures } from "../src/triage/engine/extract-features";
import { predictCause } from "../src/triage/engine/predict-cause";
import { DEFAULT_TAXONOMY_KEYS } from "../src/triage/engine/schema";
import { shareCorrection } from "../src/triage/training/measure-cause-shares";
import { readTable } from "../src/triage/training/read-table";
import { isAirlineTestId } from "../src/triage/training/train-default-model";

const { values } = parseArgs({ options: { "data-dir": { type: "string" } } });
const dataDir = values["data-dir"] ?? "../shared/data";
const model = loadDefaultModel();
const rows = readTable({ content: readFileSync(join(dataDir, "airline-tweets.csv"), "utf8"), format: "csv" });
const labels = model.cause.classes.filter((label) => !DEFAULT_TAXONOMY_KEYS.has(label)).sort();
const training = rows.filter(
  (r) =>
    r.airline_sentiment === "negative" && labels.includes(r.negativereason!) && !isAirlineTestId(r.tweet_id!),
);
const distributions = training.map((row) => {
  const prediction = predictCause({ model, features: extractFeatures(row.text!) });
  return labels.map((label) => prediction.fineProbabilities[prediction.fineLabels.indexOf(label)]!);
});
const correction = shareCorrection({ labels, gold: training.map((r) => r.negativereason!), distributions });
const out = "src/triage/training/cause-shares.json";
writeFileSync(
  out,
  `${JSON.stringify({ modelVersion: model.version, rows: training.length, correction }, null, 2)}\n`,
);
console.log(`wrote ${out} from ${training.length} negative training tweets`);
