import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../../package-root";
import { adaptToTraffic } from "../engine/adapt-priors";
import { analyzeMessage } from "../engine/analyze-message";
import { loadDefaultModel } from "../engine/default-model";
import { extractFeatures } from "../engine/extract-features";
import { learnFromCorrection } from "../engine/learn-from-correction";
import { createOrgModel, type OrgModel } from "../engine/org-model-schema";
import { predictUnhappiness } from "../engine/predict-unhappiness";
import { seededShuffle } from "../engine/seeded-random";
import { type CauseEvaluation, evaluateCause, keySpread } from "./evaluate-cause";
import { measureBinary } from "./measure-classification";
import { readTable, type TableFormat } from "./read-table";

const USAGE =
  "usage: mend eval triage --file F [--format csv|tsv] --text COLUMN --label COLUMN --unhappy VALUE[,VALUE…] " +
  "[--cause COLUMN [--agreement COLUMN] [--agreed MIN]] [--adapt N | --warm N] [--json]";
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

/** The share correction measured on the training split for this artefact (scripts/calibrate-cause-shares.ts). */
function shareCorrectionFor(modelVersion: string): Record<string, number> | undefined {
  const file = path.join(packageRoot, "src/triage/training/cause-shares.json");
  if (!existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, "utf8")) as {
    modelVersion: string;
    correction: Record<string, number>;
  };
  return saved.modelVersion === modelVersion ? saved.correction : undefined;
}

function points(share: number): string {
  return (share * 100).toFixed(1);
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
        agreement: { type: "string" },
        agreed: { type: "string" },
        adapt: { type: "string" },
        warm: { type: "string" },
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
  const agreementColumn = values.agreement as string | undefined;
  const agreedFloor = values.agreed === undefined ? 0.7 : Number(values.agreed);
  if (!Number.isFinite(agreedFloor) || agreedFloor < 0 || agreedFloor > 1)
    return fail(`--agreed must be a number from 0 to 1, not "${values.agreed}"`);
  if (!file) return fail("--file is required");
  if (!textColumn) return fail("--text is required (the column holding the message)");
  if (!labelColumn) return fail("--label is required (the column holding the gold label)");
  if (!unhappyValues) return fail("--unhappy is required (the label value(s) that mean unhappy)");
  const format = (values.format as string | undefined) ?? (/\.tsv$/i.test(file) ? "tsv" : "csv");
  if (format !== "csv" && format !== "tsv") return fail(`--format must be csv or tsv, not "${format}"`);
  const adapt = values.adapt === undefined ? 0 : Number(values.adapt);
  if (!Number.isInteger(adapt) || adapt < 0)
    return fail(`--adapt must be a whole number ≥ 0, not "${values.adapt}"`);
  const warm = values.warm === undefined ? 0 : Number(values.warm);
  if (!Number.isInteger(warm) || warm < 0)
    return fail(`--warm must be a whole number ≥ 0, not "${values.warm}"`);
  if (warm > 0 && adapt > 0) return fail("--warm and --adapt cannot be combined");
  if (!existsSync(file)) return fail(`--file: ${file} not found`);

  const rows = readTable({ content: readFileSync(file, "utf8"), format: format as TableFormat });
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  for (const [option, column] of [
    ["--text", textColumn],
    ["--label", labelColumn],
    ["--cause", causeColumn],
    ["--agreement", agreementColumn],
  ] as const) {
    if (column !== undefined && !header.includes(column)) {
      return fail(`${option}: column "${column}" not in ${file} (columns: ${header.join(", ")})`);
    }
  }
  const unhappySet = new Set(unhappyValues.split(",").map(labelValue));
  const usable = rows.filter((row) => (row[textColumn] ?? "").trim() !== "");
  if (adapt + warm >= usable.length)
    return fail(
      `--${warm > 0 ? "warm" : "adapt"} ${adapt + warm} leaves no rows to test (the file has ${usable.length})`,
    );

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
  if (warm > 0) {
    // the first N rows, in file order, arrive as the organisation's unlabelled traffic
    const probabilities = usable
      .slice(0, warm)
      .map((row) => predictUnhappiness({ model, features: extractFeatures(row[textColumn]!) }).probability);
    orgModel = adaptToTraffic({
      orgModel: createOrgModel(),
      probabilities,
      modelVersion: model.version,
      now: new Date(),
    });
  }
  const test = shuffled.slice(adapt + warm);

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

  const cause: CauseEvaluation | undefined = causeColumn
    ? evaluateCause({
        rows: test,
        analyses,
        unhappy: actual,
        textColumn,
        causeColumn,
        agreementColumn,
        agreedFloor,
        model,
        orgModel,
        shareCorrection: shareCorrectionFor(model.version),
      })
    : undefined;
  const spread = keySpread(analyses);

  console.log(
    `file ${file}: ${test.length} messages tested${adapt > 0 ? `, ${adapt} used to adapt first` : ""}${warm > 0 ? `, the first ${warm} received first as unlabelled traffic` : ""}`,
  );
  if (orgModel?.traffic)
    console.log(
      `traffic prior: estimated unhappy share ${points(orgModel.traffic.share)}% of ${orgModel.traffic.messages} messages (log-odds shift ${orgModel.traffic.shift})`,
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
  if (cause?.agreed) {
    console.log(
      `  on the ${cause.agreed.n} rows whose annotators agreed (${agreementColumn} ≥ ${cause.agreed.floor}): accuracy ${fixed(cause.agreed.accuracy)}`,
    );
  }
  if (cause?.shares) {
    console.log(
      `cause shares (mean of predicted probabilities × training-split correction): largest error ${points(cause.shares.maxError)} points, summed ${points(cause.shares.sumError)} ` +
        `(plain mean: largest ${points(cause.plainShares!.maxError)}, summed ${points(cause.plainShares!.sumError)}; argmax count: summed ${points(cause.shares.countedSumError)})`,
    );
    for (const s of cause.shares.shares)
      console.log(
        `  ${s.label.padEnd(28)} labelled ${points(s.gold).padStart(5)}  estimated ${points(s.estimated).padStart(5)}  counted ${points(s.counted).padStart(5)}`,
      );
  }
  console.log(
    `top cause key of the ${spread.n} messages called unhappy: ${spread.shares.map(([k, share]) => `${k} ${points(share)}%`).join(", ")}`,
  );
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
          ? {
              causeAccuracy: round(cause.accuracy),
              causeMacroF1: round(cause.macroF1),
              causeN: cause.n,
              ...(cause.agreed
                ? { causeAgreedAccuracy: round(cause.agreed.accuracy), causeAgreedN: cause.agreed.n }
                : {}),
              ...(cause.shares
                ? {
                    causeShareMaxError: round(cause.shares.maxError),
                    causeShareSumError: round(cause.shares.sumError),
                  }
                : {}),
            }
          : {}),
        ...(orgModel?.traffic ? { warmShare: orgModel.traffic.share } : {}),
        otherShare: round(spread.shares.find(([k]) => k === "other")?.[1] ?? 0),
      }),
    );
  }
  return 0;
}
