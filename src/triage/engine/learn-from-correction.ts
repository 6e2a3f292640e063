import { type CompiledModel, loadDefaultModel } from "./default-model";
import { detectChurn } from "./detect-churn";
import { detectRepeatContact } from "./detect-repeat-contact";
import { detectLegalThreat, detectPublicThreat } from "./detect-threats";
import { detectUrgency } from "./detect-urgency";
import { extractFeatures } from "./extract-features";
import {
  normalizeForOrg,
  ORG_EXAMPLE_LIMIT,
  type OrgExample,
  type OrgModel,
  orgModelSchema,
} from "./org-model-schema";
import { defaultCauseLogProbs, NEW_LABEL_PRIOR } from "./predict-cause";
import { defaultUnhappyLogit, orgUnhappyLogit } from "./predict-unhappiness";
import { type Correction, correctionSchema, type SignalKind } from "./schema";
import { seededShuffle } from "./seeded-random";

// An agent's one-click correction becomes a stored example; the organisation's layer is then refitted on
// its recent examples (a few seeded SGD passes, milliseconds). Regularisation pulls the layer towards
// "no change", so the default model's knowledge stays unless the organisation's own data says otherwise.
const EPOCHS = 10;
const RATE_W = 0.5;
const RATE_B = 0.05;
const RATE_A = 0.005;
const L2 = 1e-3;
const CAUSE_RATE_W = 0.5;
const CAUSE_RATE_B = 0.2;
const SEED = 17;

const SIGNAL_DETECTORS: Partial<Record<SignalKind, (text: string) => Array<{ text: string }>>> = {
  churn: detectChurn,
  public_threat: detectPublicThreat,
  legal_threat: detectLegalThreat,
  urgency: detectUrgency,
  repeat_contact: detectRepeatContact,
};

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function refitSentiment(examples: OrgExample[]): OrgModel["sentiment"] {
  const layer: OrgModel["sentiment"] = { a: 1, b: 0, weights: {} };
  const labelled = examples.filter((e) => e.unhappy !== undefined);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of seededShuffle(labelled, SEED + epoch)) {
      const g =
        sigmoid(
          orgUnhappyLogit({ sentiment: layer } as OrgModel, example.prior, example.keys, example.values),
        ) - example.unhappy!;
      layer.a = Math.min(2, Math.max(0.25, layer.a - RATE_A * (g * example.prior + L2 * (layer.a - 1))));
      layer.b -= RATE_B * (g + L2 * layer.b);
      example.keys.forEach((key, i) => {
        const w = layer.weights[key] ?? 0;
        layer.weights[key] = w - RATE_W * (g * example.values[i]! + L2 * w);
      });
    }
  }
  for (const [key, w] of Object.entries(layer.weights)) {
    if (Math.abs(w) < 1e-4) delete layer.weights[key];
    else layer.weights[key] = Math.round(w * 1e4) / 1e4;
  }
  layer.a = Math.round(layer.a * 1e4) / 1e4;
  layer.b = Math.round(layer.b * 1e4) / 1e4;
  return layer;
}

function refitCause(examples: OrgExample[], defaultLabels: string[]): OrgModel["cause"] {
  const labelled = examples.filter((e) => e.cause !== undefined);
  const taught = [...new Set(labelled.map((e) => e.cause!))].sort();
  const all = [...new Set([...defaultLabels, ...taught])];
  const bias: Record<string, number> = {};
  const weights: Record<string, Record<string, number>> = {};
  if (taught.length === 0) return { labels: [], bias, weights };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of seededShuffle(labelled, SEED + epoch)) {
      const logits = all.map((label) => {
        const d = defaultLabels.indexOf(label);
        let z = (d >= 0 ? example.causePrior[d]! : NEW_LABEL_PRIOR) + (bias[label] ?? 0);
        example.keys.forEach((key, i) => {
          z += (weights[key]?.[label] ?? 0) * example.values[i]!;
        });
        return z;
      });
      const max = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - max));
      const sum = exps.reduce((x, y) => x + y, 0);
      all.forEach((label, c) => {
        const g = exps[c]! / sum - (label === example.cause ? 1 : 0);
        if (Math.abs(g) < 1e-4) return;
        bias[label] = (bias[label] ?? 0) - CAUSE_RATE_B * (g + L2 * (bias[label] ?? 0));
        example.keys.forEach((key, i) => {
          const row = weights[key] ?? {};
          weights[key] = row;
          const w = row[label] ?? 0;
          row[label] = w - CAUSE_RATE_W * (g * example.values[i]! + L2 * w);
        });
      });
    }
  }
  for (const [key, row] of Object.entries(weights)) {
    for (const [label, w] of Object.entries(row)) {
      if (Math.abs(w) < 1e-3) delete row[label];
      else row[label] = Math.round(w * 1e4) / 1e4;
    }
    if (Object.keys(row).length === 0) delete weights[key];
  }
  for (const label of Object.keys(bias)) bias[label] = Math.round(bias[label]! * 1e4) / 1e4;
  return { labels: taught, bias, weights };
}

export function learnFromCorrection(options: {
  orgModel: OrgModel;
  text: string;
  correction: Correction;
  model?: CompiledModel;
}): OrgModel {
  const model = options.model ?? loadDefaultModel();
  const correction = correctionSchema.parse(options.correction);
  const org = orgModelSchema.parse(structuredClone(options.orgModel));
  const features = extractFeatures(options.text);
  org.corrections += 1;

  if (correction.notThreat) {
    const phrases =
      SIGNAL_DETECTORS[correction.notThreat]?.(features.text).map((m) => m.text.toLowerCase()) ?? [];
    const known = new Set(org.notThreat[correction.notThreat] ?? []);
    for (const phrase of phrases) known.add(phrase);
    org.notThreat[correction.notThreat] = [...known].slice(-200);
  }

  if (correction.unhappy !== undefined || correction.cause !== undefined) {
    org.examples.push({
      keys: features.keys,
      values: normalizeForOrg(features.values).map((v) => Math.round(v * 1e4) / 1e4),
      prior: Math.round(defaultUnhappyLogit(model, features).logit * 1e4) / 1e4,
      causePrior: defaultCauseLogProbs(model, features).map((x) => Math.round(x * 1e4) / 1e4),
      ...(correction.unhappy !== undefined ? { unhappy: correction.unhappy ? 1 : 0 } : {}),
      ...(correction.cause !== undefined ? { cause: correction.cause } : {}),
    });
    if (org.examples.length > ORG_EXAMPLE_LIMIT)
      org.examples.splice(0, org.examples.length - ORG_EXAMPLE_LIMIT);
    if (correction.unhappy !== undefined) org.sentiment = refitSentiment(org.examples);
    if (correction.cause !== undefined) org.cause = refitCause(org.examples, model.cause.classes);
  }
  return org;
}
