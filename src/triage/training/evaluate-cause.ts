import type { CompiledModel } from "../engine/default-model";
import { extractFeatures } from "../engine/extract-features";
import type { OrgModel } from "../engine/org-model-schema";
import { type CausePrediction, predictCause } from "../engine/predict-cause";
import { DEFAULT_TAXONOMY_KEYS, type TriageAnalysis } from "../engine/schema";
import { type CauseShares, measureCauseShares } from "./measure-cause-shares";
import { measureMulticlass } from "./measure-classification";

export interface CauseEvaluation {
  accuracy: number;
  macroF1: number;
  n: number;
  skipped: number;
  /** accuracy on the rows whose annotators agreed (agreement column ≥ the floor), when asked */
  agreed?: { accuracy: number; n: number; floor: number };
  /** shares over the file's own labels (not taxonomy keys), when there are any, corrected when a correction is known … */
  shares?: CauseShares;
  /** … and the plain mean of the probabilities */
  plainShares?: CauseShares;
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

// Only rows whose gold label says unhappy and whose cause is non-empty count. A gold taxonomy key is
// compared with the predicted key; any other label the model knows with the most probable label that is
// not a key.
export function evaluateCause(options: {
  rows: Record<string, string>[];
  analyses: TriageAnalysis[];
  unhappy: boolean[];
  textColumn: string;
  causeColumn: string;
  agreementColumn?: string;
  agreedFloor: number;
  model: CompiledModel;
  orgModel?: OrgModel;
  shareCorrection?: Readonly<Record<string, number>>;
}): CauseEvaluation {
  const { rows, analyses, unhappy, textColumn, causeColumn, agreementColumn, model, orgModel } = options;
  const known = new Set([...model.cause.classes, ...(orgModel?.cause.labels ?? [])]);
  const predicted: string[] = [];
  const gold: string[] = [];
  const agreed: boolean[] = [];
  const ownGold: string[] = [];
  const ownDistributions: Map<string, number>[] = [];
  let skipped = 0;
  rows.forEach((row, i) => {
    const label = (row[causeColumn] ?? "").trim();
    if (!unhappy[i] || label === "") return;
    if (!known.has(label) && !DEFAULT_TAXONOMY_KEYS.has(label)) {
      skipped++;
      return;
    }
    if (DEFAULT_TAXONOMY_KEYS.has(label)) {
      predicted.push(analyses[i]!.rootCause.key);
    } else {
      const prediction = predictCause({ model, orgModel, features: extractFeatures(row[textColumn]!) });
      predicted.push(mostLikelyOutsideTaxonomy(prediction));
      const distribution = new Map<string, number>();
      prediction.fineLabels.forEach((l, k) => {
        if (!DEFAULT_TAXONOMY_KEYS.has(l)) distribution.set(l, prediction.fineProbabilities[k]!);
      });
      ownGold.push(label);
      ownDistributions.push(distribution);
    }
    gold.push(label);
    agreed.push(agreementColumn ? Number(row[agreementColumn]) >= options.agreedFloor : false);
  });
  const result: CauseEvaluation = {
    ...measureMulticlass({ predicted, actual: gold }),
    n: gold.length,
    skipped,
  };
  if (agreementColumn) {
    const n = agreed.filter(Boolean).length;
    const right = predicted.filter((p, i) => agreed[i] && p === gold[i]).length;
    result.agreed = { accuracy: n > 0 ? right / n : Number.NaN, n, floor: options.agreedFloor };
  }
  if (ownGold.length > 0) {
    const labels = [...new Set(ownGold)].sort();
    const measured = {
      labels,
      gold: ownGold,
      distributions: ownDistributions.map((d) => labels.map((l) => d.get(l) ?? 0)),
    };
    result.plainShares = measureCauseShares(measured);
    result.shares = measureCauseShares({ ...measured, correction: options.shareCorrection });
  }
  return result;
}

/** How the predicted keys spread over the messages called unhappy: the Pareto a business would see. */
export function keySpread(analyses: TriageAnalysis[]): { n: number; shares: Array<[string, number]> } {
  const counts = new Map<string, number>();
  let n = 0;
  for (const a of analyses) {
    if (a.unhappiness.label !== "unhappy") continue;
    n++;
    counts.set(a.rootCause.key, (counts.get(a.rootCause.key) ?? 0) + 1);
  }
  return { n, shares: [...counts].map(([k, c]): [string, number] => [k, c / n]).sort((x, y) => y[1] - x[1]) };
}
