import { countCauseCues } from "./cause-cues";
import { type CompiledModel, scoreHead, sharedSum, softmaxInPlace, weightRows } from "./default-model";
import type { Features } from "./extract-features";
import { normalizeForOrg, type OrgModel } from "./org-model-schema";
import { DEFAULT_TAXONOMY, type TaxonomyEntry } from "./schema";

/** Log-prior of a label the default model never saw, before the organisation's bias lifts it. */
export const NEW_LABEL_PRIOR = -3;
// The learned head knows airline reasons and the taxonomy keys its training tweets taught; the plain
// cues are the taxonomy's own words. For text from other businesses the cues are the surer guide, so
// when a message has any they count as much as the head.
const CUE_SHARE = 0.5;

export interface CausePrediction {
  key: string;
  label: string;
  fineLabel: string | null;
  confidence: number;
  alternatives: Array<{ key: string; confidence: number }>;
  /** the most likely fine label and its probability */
  fine: { label: string; probability: number };
  /** every fine label's probability (the default's airline reasons and keys, and the organisation's labels) */
  distribution: Map<string, number>;
}

export function defaultCauseLogProbs(
  model: CompiledModel,
  features: Pick<
    Features,
    "keys" | "values" | "rows" | "gramText" | "negatedSpans" | "gramSum" | "vectorWords" | "vectorTotal"
  >,
): number[] {
  const out = new Float64Array(model.cause.classes.length);
  features.rows ??= weightRows(model, features.keys);
  features.gramSum ??= sharedSum(model, features);
  const probs = softmaxInPlace(scoreHead(model.cause, features.rows, features.values, out, features.gramSum));
  return Array.from(probs, (p) => Math.log(Math.max(p, 1e-9)));
}

/** Fine-label distribution: the default's classes plus the organisation's own labels. */
export function fineCauseDistribution(options: {
  model: CompiledModel;
  orgModel?: OrgModel;
  keys: string[];
  values: number[];
  prior: number[];
}): Map<string, number> {
  const { model, orgModel, keys, values, prior } = options;
  const logits = new Map<string, number>();
  for (let i = 0; i < model.cause.classes.length; i++) logits.set(model.cause.classes[i]!, prior[i]!);
  if (orgModel && orgModel.cause.labels.length > 0) {
    for (const label of orgModel.cause.labels) if (!logits.has(label)) logits.set(label, NEW_LABEL_PRIOR);
    for (const [label, bias] of Object.entries(orgModel.cause.bias)) {
      logits.set(label, (logits.get(label) ?? NEW_LABEL_PRIOR) + bias);
    }
    for (let i = 0; i < keys.length; i++) {
      const perLabel = orgModel.cause.weights[keys[i]!];
      if (!perLabel) continue;
      for (const [label, w] of Object.entries(perLabel))
        logits.set(label, (logits.get(label) ?? 0) + w * values[i]!);
    }
  }
  let max = -Infinity;
  for (const z of logits.values()) max = Math.max(max, z);
  let sum = 0;
  for (const [label, z] of logits) {
    const e = Math.exp(z - max);
    logits.set(label, e);
    sum += e;
  }
  for (const [label, e] of logits) logits.set(label, e / sum);
  return logits;
}

function inTaxonomy(key: string, taxonomy: TaxonomyEntry[]): boolean {
  for (const entry of taxonomy) if (entry.key === key) return true;
  return false;
}

const keyCache = new WeakMap<CompiledModel, WeakMap<TaxonomyEntry[], Map<string, string>>>();

/** `taxonomyKeyFor` of every default label, worked out once per model and taxonomy (this runs per message). */
function defaultLabelKeys(model: CompiledModel, taxonomy: TaxonomyEntry[]): Map<string, string> {
  let byTaxonomy = keyCache.get(model);
  if (!byTaxonomy) {
    byTaxonomy = new WeakMap();
    keyCache.set(model, byTaxonomy);
  }
  let keys = byTaxonomy.get(taxonomy);
  if (!keys) {
    keys = new Map(model.cause.classes.map((label) => [label, taxonomyKeyFor(label, model, taxonomy)]));
    byTaxonomy.set(taxonomy, keys);
  }
  return keys;
}

export function taxonomyKeyFor(label: string, model: CompiledModel, taxonomy: TaxonomyEntry[]): string {
  if (inTaxonomy(label, taxonomy)) return label;
  const mapped = model.cause.taxonomyKey[label];
  if (mapped && inTaxonomy(mapped, taxonomy)) return mapped;
  return inTaxonomy("other", taxonomy) ? "other" : (taxonomy[0]?.key ?? "other");
}

export function predictCause(options: {
  model: CompiledModel;
  features: Features;
  orgModel?: OrgModel;
  taxonomy?: TaxonomyEntry[];
}): CausePrediction {
  const { model, features, orgModel } = options;
  const taxonomy = options.taxonomy && options.taxonomy.length > 0 ? options.taxonomy : DEFAULT_TAXONOMY;
  const prior = defaultCauseLogProbs(model, features);
  const values = orgModel ? normalizeForOrg(features.values) : features.values;
  const fine = fineCauseDistribution({ model, orgModel, keys: features.keys, values, prior });

  const byKey = new Map<string, number>();
  for (const entry of taxonomy) byKey.set(entry.key, 0);
  let best = { label: "", probability: -1 };
  const defaultKeys = defaultLabelKeys(model, taxonomy);
  for (const [label, p] of fine) {
    if (p > best.probability) best = { label, probability: p };
    const key = defaultKeys.get(label) ?? taxonomyKeyFor(label, model, taxonomy);
    byKey.set(key, (byKey.get(key) ?? 0) + p);
  }
  const cues = features.cues ?? countCauseCues(features.tokens);
  let cueTotal = 0;
  for (const [key, n] of cues) if (byKey.has(key)) cueTotal += n;
  if (cueTotal > 0) {
    for (const [key, p] of byKey)
      byKey.set(key, (1 - CUE_SHARE) * p + (CUE_SHARE * (cues.get(key) ?? 0)) / cueTotal);
  }
  const ranked = [...byKey].sort((x, y) => y[1] - x[1]);
  const [key, confidence] = ranked[0]!;
  const entry = taxonomy.find((t) => t.key === key);
  const fineKey = defaultKeys.get(best.label) ?? taxonomyKeyFor(best.label, model, taxonomy);
  // Only the organisation's own labels are worth showing beside the key: the default model's airline
  // reasons mean nothing to a shop or a bank.
  const ownLabel = !defaultKeys.has(best.label) && fineKey === key && best.label !== key;
  return {
    key,
    label: entry?.label ?? key,
    fineLabel: ownLabel ? best.label : null,
    confidence: Math.round(confidence * 1000) / 1000,
    alternatives: ranked.slice(1, 4).map(([k, c]) => ({ key: k, confidence: Math.round(c * 1000) / 1000 })),
    fine: best,
    distribution: fine,
  };
}
