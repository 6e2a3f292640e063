import type { TaxonomyEntry } from "../../shared/vocabulary";
import { type CompiledModel, scoreHead, sharedSum, softmaxInPlace, weightRows } from "./default-model";
import type { Features } from "./extract-features";
import { normalizeForOrg, type OrgModel } from "./org-model-schema";
import { DEFAULT_TAXONOMY } from "./schema";

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
  /** every fine label (the default's airline reasons and keys, then the organisation's own labels) … */
  fineLabels: readonly string[];
  /** … and its probability */
  fineProbabilities: ArrayLike<number>;
}

function causeProbabilities(
  model: CompiledModel,
  features: Pick<
    Features,
    "keys" | "values" | "rows" | "gramText" | "negatedSpans" | "gramSum" | "vectorWords" | "vectorTotal"
  >,
): Float64Array {
  const out = new Float64Array(model.cause.classes.length);
  features.rows ??= weightRows(model, features.keys);
  features.gramSum ??= sharedSum(model, features);
  return softmaxInPlace(scoreHead(model.cause, features.rows, features.values, out, features.gramSum));
}

export function defaultCauseLogProbs(
  model: CompiledModel,
  features: Parameters<typeof causeProbabilities>[1],
): number[] {
  return Array.from(causeProbabilities(model, features), (p) => Math.log(Math.max(p, 1e-9)));
}

/** Fine-label distribution: the default's classes plus the organisation's own labels. */
function withOrgLabels(options: {
  model: CompiledModel;
  orgModel: OrgModel;
  keys: string[];
  values: number[];
  probabilities: Float64Array;
}): { labels: string[]; probabilities: Float64Array } {
  const { model, orgModel, keys, values, probabilities } = options;
  const logits = new Map<string, number>();
  for (let i = 0; i < model.cause.classes.length; i++)
    logits.set(model.cause.classes[i]!, Math.log(Math.max(probabilities[i]!, 1e-9)));
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
  return { labels: [...logits.keys()], probabilities: softmaxInPlace(Float64Array.from(logits.values())) };
}

function inTaxonomy(key: string, taxonomy: TaxonomyEntry[]): boolean {
  for (const entry of taxonomy) if (entry.key === key) return true;
  return false;
}

const keyCache = new WeakMap<CompiledModel, WeakMap<TaxonomyEntry[], Map<string, number>>>();

/** The taxonomy position of every default label, worked out once per model and taxonomy (this runs per message). */
function defaultLabelPositions(model: CompiledModel, taxonomy: TaxonomyEntry[]): Map<string, number> {
  let byTaxonomy = keyCache.get(model);
  if (!byTaxonomy) {
    byTaxonomy = new WeakMap();
    keyCache.set(model, byTaxonomy);
  }
  let positions = byTaxonomy.get(taxonomy);
  if (!positions) {
    positions = new Map(model.cause.classes.map((label) => [label, positionFor(label, model, taxonomy)]));
    byTaxonomy.set(taxonomy, positions);
  }
  return positions;
}

function positionOf(
  positions: Map<string, number>,
  label: string,
  model: CompiledModel,
  taxonomy: TaxonomyEntry[],
): number {
  return positions.get(label) ?? positionFor(label, model, taxonomy);
}

function positionFor(label: string, model: CompiledModel, taxonomy: TaxonomyEntry[]): number {
  const key = taxonomyKeyFor(label, model, taxonomy);
  return taxonomy.findIndex((entry) => entry.key === key);
}

function taxonomyKeyFor(label: string, model: CompiledModel, taxonomy: TaxonomyEntry[]): string {
  if (inTaxonomy(label, taxonomy)) return label;
  const mapped = model.cause.taxonomyKey[label];
  if (mapped && inTaxonomy(mapped, taxonomy)) return mapped;
  return inTaxonomy("other", taxonomy) ? "other" : (taxonomy[0]?.key ?? "other");
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function predictCause(options: {
  model: CompiledModel;
  features: Features;
  orgModel?: OrgModel;
  taxonomy?: TaxonomyEntry[];
}): CausePrediction {
  const { model, features, orgModel } = options;
  const taxonomy = options.taxonomy && options.taxonomy.length > 0 ? options.taxonomy : DEFAULT_TAXONOMY;
  const probabilities = causeProbabilities(model, features);
  const fine =
    orgModel && orgModel.cause.labels.length > 0
      ? withOrgLabels({
          model,
          orgModel,
          keys: features.keys,
          values: normalizeForOrg(features.values),
          probabilities,
        })
      : { labels: model.cause.classes, probabilities };

  const byKey = new Float64Array(taxonomy.length);
  const positions = defaultLabelPositions(model, taxonomy);
  let best = 0;
  for (let i = 0; i < fine.labels.length; i++) {
    const p = fine.probabilities[i]!;
    if (p > fine.probabilities[best]!) best = i;
    byKey[positionOf(positions, fine.labels[i]!, model, taxonomy)]! += p;
  }
  const cues = features.cues;
  let cueTotal = 0;
  for (let k = 0; k < taxonomy.length; k++) cueTotal += cues.get(taxonomy[k]!.key) ?? 0;
  if (cueTotal > 0) {
    for (let k = 0; k < taxonomy.length; k++)
      byKey[k] = (1 - CUE_SHARE) * byKey[k]! + (CUE_SHARE * (cues.get(taxonomy[k]!.key) ?? 0)) / cueTotal;
  }
  const ranked = taxonomy.map((_, k) => k).sort((x, y) => byKey[y]! - byKey[x]!);
  const top = ranked[0]!;
  const bestLabel = fine.labels[best]!;
  // Only the organisation's own labels are worth showing beside the key: the default model's airline
  // reasons mean nothing to a shop or a bank.
  const ownLabel =
    !positions.has(bestLabel) &&
    positionOf(positions, bestLabel, model, taxonomy) === top &&
    bestLabel !== taxonomy[top]!.key;
  return {
    key: taxonomy[top]!.key,
    label: taxonomy[top]!.label,
    fineLabel: ownLabel ? bestLabel : null,
    confidence: round3(byKey[top]!),
    alternatives: ranked.slice(1, 4).map((k) => ({ key: taxonomy[k]!.key, confidence: round3(byKey[k]!) })),
    fineLabels: fine.labels,
    fineProbabilities: fine.probabilities,
  };
}
