import { type CompiledModel, scoreHead, sharedSum, softmaxInPlace, weightRows } from "./default-model";
import type { Features } from "./extract-features";
import { normalizeForOrg, type OrgModel } from "./org-model-schema";

export interface UnhappinessPrediction {
  probability: number;
  /** calibrated logit from the default model alone (the org layer's prior) */
  defaultLogit: number;
  happyShare: number;
  evidence: Array<{ feature: string; weight: number }>;
}

const SARCASM_PUSH = 2;
const scratch = new Float64Array(3);

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function defaultUnhappyLogit(
  model: CompiledModel,
  features: Pick<
    Features,
    | "keys"
    | "values"
    | "sarcasm"
    | "rows"
    | "gramText"
    | "negatedSpans"
    | "gramSum"
    | "vectorWords"
    | "vectorTotal"
  >,
): {
  logit: number;
  happyShare: number;
} {
  features.rows ??= weightRows(model, features.keys);
  features.gramSum ??= sharedSum(model, features);
  const probs = softmaxInPlace(
    scoreHead(model.sentiment, features.rows, features.values, scratch, features.gramSum),
  );
  const p = Math.min(1 - 1e-9, Math.max(1e-9, probs[1]!));
  const raw = Math.log(p / (1 - p));
  const rest = probs[0]! + probs[2]!;
  return {
    // Sarcasm is rare in the training data, so the model under-weights it; a detected pattern adds a
    // fixed push towards "unhappy" on top of what the words say.
    logit:
      model.sentiment.calibration.a * raw +
      model.sentiment.calibration.b +
      (features.sarcasm.length > 0 ? SARCASM_PUSH : 0),
    happyShare: rest > 0 ? probs[2]! / rest : 0,
  };
}

export function orgUnhappyLogit(org: OrgModel, prior: number, keys: string[], values: number[]): number {
  let z = org.sentiment.a * prior + org.sentiment.b;
  const weights = org.sentiment.weights;
  for (let i = 0; i < keys.length; i++) {
    const w = weights[keys[i]!];
    if (w !== undefined) z += w * values[i]!;
  }
  return z;
}

export function predictUnhappiness(options: {
  model: CompiledModel;
  features: Features;
  orgModel?: OrgModel;
  evidenceCount?: number;
}): UnhappinessPrediction {
  const { model, features, orgModel } = options;
  const { logit, happyShare } = defaultUnhappyLogit(model, features);
  const z = orgModel
    ? orgUnhappyLogit(orgModel, logit, features.keys, normalizeForOrg(features.values))
    : logit;

  // Evidence: the word features that pushed towards "unhappy" or away from it the most.
  const evidence: Array<{ feature: string; weight: number }> = [];
  const limit = options.evidenceCount ?? 4;
  const scale = model.sentiment.calibration.a * (orgModel?.sentiment.a ?? 1);
  for (let i = 0; i < features.keys.length; i++) {
    const key = features.keys[i]!;
    if (key.startsWith("#")) continue;
    const w = features.rows![i];
    let contribution = w ? (w[1]! - (w[0]! + w[2]!) / 2) * scale : 0;
    const orgWeight = orgModel?.sentiment.weights[key];
    if (orgWeight !== undefined) contribution += orgWeight;
    if (Math.abs(contribution) < 0.15) continue;
    evidence.push({ feature: key, weight: Math.round(contribution * 100) / 100 });
  }
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  if (evidence.length > limit) evidence.length = limit;
  return { probability: sigmoid(z), defaultLogit: logit, happyShare, evidence };
}
