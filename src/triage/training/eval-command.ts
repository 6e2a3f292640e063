import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeMessage } from "../engine/analyze-message";
import { loadDefaultModel } from "../engine/default-model";
import { extractFeatures } from "../engine/extract-features";
import { learnFromCorrection } from "../engine/learn-from-correction";
import { createOrgModel, type OrgModel } from "../engine/org-model-schema";
import { type CausePrediction, predictCause } from "../engine/predict-cause";
import { DEFAULT_TAXONOMY_KEYS } from "../engine/schema";
import { seededShuffle } from "../engine/seeded-random";
import { measureBinary, measureMulticlass } from "./measure-classification";
import { readTable, type TableFormat } from "./read-table";

const USAGE =
  "usage: mend eval triage --file F [--format csv|tsv] --text COLUMN --label COLUMN --unhappy VALUE[,VALUE…] " +
  "[--cause COLUMN] [--adapt N] [--json]";
const ADAPT_SEED = 20261101;

function fail(message: string): number {
  console.error(`mend eval triage: ${message}\n${USAGE}`);
  return 2;
}

/** Gold labels as files spell them: "Negative" is "negative", a star rating "1.0" is "1". */
function labelValue(raw: string): string {
  const value = raw.trim().toLowerCase();
  return value !== "" && Number.isFinite(Number(value)) ? String(Number(value)) : value;
}

/** The answer to "which of the file's own labels?": the most probable label that is not a taxonomy key. */
function mostLikelyOutsideTaxonomy(prediction: CausePrediction): string {
  let best = { label: "", p: -1 };
  prediction.fineLabels.forEach((label, i) => {
    const p = prediction.fineProbabilities[i]!;
    if (!DEFAULT_TAXONOMY_KEYS.has(label) && p > best.p) best = { label, p };
  });
  return best.label;
}

function fixed(x: number): string {
  return Number.isNaN(x) ? "n/a" : x.toFixed(3);
}

export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        file: { type: "string" },
        format: { type: "string" },
        text: { type: "string" },
        label: { type: "string" },
        unhappy: { type: "string" },
        cause: { type: "string" },
        adapt: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = values.file as string | undefined;
  const textColumn = values.text as string | undefined;
  const labelColumn = values.label as string | undefined;
  const unhappyValues = values.unhappy as string | undefined;
  const causeColumn = values.cause as string | undefined;
  if (!file) return fail("--file is required");
  if (!textColumn) return fail("--text is required (the column holding the message)");
  if (!labelColumn) return fail("--label is required (the column holding the gold label)");
  if (!unhappyValues) return fail("--unhappy is required (the label value(s) that mean unhappy)");
  const format = (values.format as string | undefined) ?? (/\.tsv$/i.test(file) ? "tsv" : "csv");
  if (format !== "csv" && format !== "tsv") return fail(`--format must be csv or tsv, not "${format}"`);
  const adapt = values.adapt === undefined ? 0 : Number(values.adapt);
  if (!Number.isInteger(adapt) || adapt < 0)
    return fail(`--adapt must be a whole number ≥ 0, not "${values.adapt}"`);
  if (!existsSync(file)) return fail(`--file: ${file} not found`);

  const rows = readTable({ content: readFileSync(file, "utf8"), format: format as TableFormat });
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  for (const [option, column] of [
    ["--text", textColumn],
    ["--label", labelColumn],
    ["--cause", causeColumn],
  ] as const) {
    if (column !== undefined && !header.includes(column)) {
      return fail(`${option}: column "${column}" not in ${file} (columns: ${header.join(", ")})`);
    }
  }
  const unhappySet = new Set(unhappyValues.split(",").map(labelValue));
  const usable = rows.filter((row) => (row[textColumn] ?? "").trim() !== "");
  if (adapt >= usable.length)
    return fail(`--adapt ${adapt} leaves no rows to test (the file has ${usable.length})`);

  const model = loadDefaultModel();
  const shuffled = adapt > 0 ? seededShuffle(usable, ADAPT_SEED) : usable;
  let orgModel: OrgModel | undefined;
  if (adapt > 0) {
    orgModel = createOrgModel();
    for (const row of shuffled.slice(0, adapt)) {
      const isUnhappy = unhappySet.has(labelValue(row[labelColumn] ?? ""));
      const cause = causeColumn ? (row[causeColumn] ?? "").trim() : "";
      orgModel = learnFromCorrection({
        orgModel,
        model,
        text: row[textColumn]!,
        correction: { unhappy: isUnhappy, ...(isUnhappy && cause ? { cause } : {}) },
      });
    }
  }
  const test = shuffled.slice(adapt);

  // warm-up, so the rate measures steady work and not the first compilation
  for (const row of test.slice(0, 200))
    analyzeMessage({ input: { text: row[textColumn]!, channel: "api" }, model, orgModel });
  const started = performance.now();
  const analyses = test.map((row) =>
    analyzeMessage({ input: { text: row[textColumn]!, channel: "api" }, model, orgModel }),
  );
  const seconds = (performance.now() - started) / 1000;
  const actual = test.map((row) => unhappySet.has(labelValue(row[labelColumn] ?? "")));
  const metrics = measureBinary({
    predicted: analyses.map((a) => a.unhappiness.label === "unhappy"),
    actual,
    scores: analyses.map((a) => a.unhappiness.probability),
  });
  const rate = test.length / seconds;

  let cause: { accuracy: number; macroF1: number; n: number; skipped: number } | undefined;
  if (causeColumn) {
    const known = new Set([...model.cause.classes, ...(orgModel?.cause.labels ?? [])]);
    const predicted: string[] = [];
    const gold: string[] = [];
    let skipped = 0;
    test.forEach((row, i) => {
      const label = (row[causeColumn] ?? "").trim();
      if (!actual[i] || label === "") return;
      if (!known.has(label) && !DEFAULT_TAXONOMY_KEYS.has(label)) {
        skipped++;
        return;
      }
      // the analysis already holds the key; only the file's own labels need the whole distribution
      predicted.push(
        DEFAULT_TAXONOMY_KEYS.has(label)
          ? analyses[i]!.rootCause.key
          : mostLikelyOutsideTaxonomy(
              predictCause({ model, orgModel, features: extractFeatures(row[textColumn]!) }),
            ),
      );
      gold.push(label);
    });
    cause = { ...measureMulticlass({ predicted, actual: gold }), n: gold.length, skipped };
  }

  console.log(
    `file ${file}: ${test.length} messages tested${adapt > 0 ? `, ${adapt} used to adapt first` : ""}`,
  );
  console.log(`model ${analyses[0]?.modelVersion ?? model.version}`);
  console.log(
    `precision ${fixed(metrics.precision)}  recall ${fixed(metrics.recall)}  F1 ${fixed(metrics.f1)}  ROC AUC ${fixed(metrics.auc)}  accuracy ${fixed(metrics.accuracy)}`,
  );
  console.log("confusion      predicted unhappy   predicted not");
  console.log(`  unhappy      ${String(metrics.tp).padStart(17)}   ${String(metrics.fn).padStart(13)}`);
  console.log(`  not          ${String(metrics.fp).padStart(17)}   ${String(metrics.tn).padStart(13)}`);
  if (cause) {
    console.log(
      `root cause on ${cause.n} unhappy rows with a known label (${cause.skipped} with labels the model has not been taught skipped): ` +
        `accuracy ${fixed(cause.accuracy)}  macro-F1 ${fixed(cause.macroF1)}`,
    );
  }
  console.log(`speed ${Math.round(rate)} messages/s (whole analysis, one thread)`);
  if (values.json) {
    const round = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 10000) / 10000);
    console.log(
      JSON.stringify({
        n: metrics.n,
        precision: round(metrics.precision),
        recall: round(metrics.recall),
        f1: round(metrics.f1),
        auc: round(metrics.auc),
        accuracy: round(metrics.accuracy),
        rate: Math.round(rate),
        ...(cause
          ? { causeAccuracy: round(cause.accuracy), causeMacroF1: round(cause.macroF1), causeN: cause.n }
          : {}),
      }),
    );
  }
  return 0;
}
