// Prior adaptation without labels (Saerens, Latinne & Decaestecker, "Adjusting the outputs of a
// classifier to new a priori probabilities: a simple procedure", Neural Computation 14, 2002): the
// classifier's posteriors were calibrated where classes had the training priors; on new traffic the
// priors are re-estimated by EM — reweigh every posterior by new/old prior, renormalise, take the mean
// as the new prior, repeat — and the posteriors follow.

import type { OrgModel } from "./org-model-schema";

const SMALLEST_PRIOR = 1e-4;
/** The unhappy share of the default model's training data (airline training split and the labelled
 * support tweets: (7,256 + 1,521) / (11,617 + 2,778)), where its probabilities were calibrated. */
export const TRAINING_UNHAPPY_SHARE = 0.6097;
/** Below this many messages the estimate is recorded but moves nothing. */
export const TRAFFIC_FLOOR = 200;

/** EM over the posteriors of unlabelled messages; returns the estimated priors of the new traffic. */
export function estimatePriors(options: {
  posteriors: ReadonlyArray<ArrayLike<number>>;
  trainingPriors: readonly number[];
  iterations?: number;
  tolerance?: number;
}): number[] {
  const { posteriors, trainingPriors } = options;
  const k = trainingPriors.length;
  const iterations = options.iterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  let priors = [...trainingPriors];
  if (posteriors.length === 0) return priors;
  const adjusted = new Float64Array(k);
  for (let step = 0; step < iterations; step++) {
    const next = new Float64Array(k);
    for (const p of posteriors) {
      let total = 0;
      for (let c = 0; c < k; c++) {
        adjusted[c] = (p[c]! * priors[c]!) / trainingPriors[c]!;
        total += adjusted[c]!;
      }
      if (total > 0) for (let c = 0; c < k; c++) next[c]! += adjusted[c]! / total;
    }
    let change = 0;
    const updated = Array.from(next, (x) => Math.max(SMALLEST_PRIOR, x / posteriors.length));
    for (let c = 0; c < k; c++) change = Math.max(change, Math.abs(updated[c]! - priors[c]!));
    priors = updated;
    if (change < tolerance) break;
  }
  return priors;
}

/** Log-odds shift that moves a binary posterior from the training prior to the organisation's. */
export function priorShift(trainingPrior: number, prior: number): number {
  const clamp = (x: number) => Math.min(1 - SMALLEST_PRIOR, Math.max(SMALLEST_PRIOR, x));
  const logit = (x: number) => Math.log(clamp(x) / (1 - clamp(x)));
  return logit(prior) - logit(trainingPrior);
}

/**
 * The organisation's traffic prior from the default model's unhappy probabilities of its recent inbound
 * messages (the job computes them from the text, without any organisation layer).
 */
export function adaptToTraffic(options: {
  orgModel: OrgModel;
  probabilities: readonly number[];
  modelVersion: string;
  now: Date;
}): OrgModel {
  const { orgModel, probabilities } = options;
  const [share] = estimatePriors({
    posteriors: probabilities.map((p) => [p, 1 - p]),
    trainingPriors: [TRAINING_UNHAPPY_SHARE, 1 - TRAINING_UNHAPPY_SHARE],
  });
  const enough = probabilities.length >= TRAFFIC_FLOOR;
  const shift = enough ? priorShift(TRAINING_UNHAPPY_SHARE, share!) : 0;
  return {
    ...orgModel,
    traffic: {
      share: Math.round(share! * 1e4) / 1e4,
      messages: probabilities.length,
      shift: Math.round(shift * 1e4) / 1e4,
      threshold: enough ? expectedF1Threshold(probabilities.map((p) => shifted(p, shift))) : null,
      modelVersion: options.modelVersion,
      estimatedAt: options.now.toISOString(),
    },
  };
}

function shifted(p: number, shift: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return 1 / (1 + Math.exp(-(Math.log(q / (1 - q)) + shift)));
}

/**
 * The threshold that maximises the F1 expected under the adapted probabilities of the traffic itself
 * (no labels: a message with probability p counts p of a true positive). At a low unhappy share the
 * F1-best threshold on calibrated probabilities sits well below 0.5 (about half the reachable F1).
 */
export function expectedF1Threshold(probabilities: readonly number[]): number {
  const sorted = [...probabilities].sort((a, b) => b - a);
  let positives = 0;
  for (const p of sorted) positives += p;
  let tp = 0;
  let best = { f1: -1, threshold: 0.5 };
  for (let i = 0; i < sorted.length; i++) {
    tp += sorted[i]!;
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best.f1) best = { f1, threshold: sorted[i]! };
  }
  return Math.round(best.threshold * 1e4) / 1e4;
}
