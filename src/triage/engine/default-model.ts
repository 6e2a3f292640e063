import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { packageRoot } from "../../package-root";
import type { Features } from "./extract-features";
import { buildGramTable, type GramTable, gramSum, takeOutNegated } from "./gram-table";
import { loadFullWordVectors, projectWordVectors } from "./word-vectors";

// The stored artefact (JSON in the repository) and its compiled in-memory form. Weights are per feature
// string, one number per class; the naive-Bayes ratios used in training are already folded into them.
// Checked in place rather than parsed: the tables hold tens of thousands of rows, and a copying parse
// would add ~40 MB to the memory a process needs while it loads the model.
function isWeightTable(value: unknown): value is Record<string, number[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const row of Object.values(value)) {
    if (!Array.isArray(row)) return false;
    for (const x of row) if (typeof x !== "number") return false;
  }
  return true;
}
const weightTable = z.custom<Record<string, number[]>>(isWeightTable, "expected an object of number rows");

const linearHeadSchema = z.object({
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  weights: weightTable,
});

export const defaultModelArtefactSchema = z.object({
  version: z.string(),
  trainedOn: z.object({
    source: z.string(),
    sha256: z.string(),
    rows: z.number(),
    note: z.string(),
    /** the support tweets and Mend's labels for them (read-support-tweets.ts), when they were used */
    support: z.object({ sha256: z.string(), rows: z.number() }).optional(),
  }),
  sentiment: linearHeadSchema.extend({
    /** Platt scaling of the unhappy logit, fitted on out-of-fold scores */
    calibration: z.object({ a: z.number(), b: z.number() }),
    /** calibrated probability at or above which a message is labelled unhappy */
    threshold: z.number(),
  }),
  cause: linearHeadSchema.extend({
    /** each fine cause the model learned, mapped to a key of Mend's default taxonomy */
    taxonomyKey: z.record(z.string(), z.string()),
  }),
  /**
   * Character n-gram weights (see char-grams.ts) for each head, per n-gram. Each n-gram of a message
   * counts `scale / √(number of n-grams)`.
   */
  grams: z
    .object({
      scale: z.number(),
      sentiment: weightTable,
      cause: weightTable,
    })
    .optional(),
  /**
   * Weights of the message's mean word vector (word-vectors.ts), one row per dimension, one number per
   * class of each head.
   */
  embedding: z
    .object({ sentiment: z.array(z.array(z.number())), cause: z.array(z.array(z.number())) })
    .optional(),
});
export type DefaultModelArtefact = z.infer<typeof defaultModelArtefactSchema>;

export interface CompiledHead {
  classes: string[];
  bias: Float64Array;
  /** where this head's weights start inside each feature's shared row */
  offset: number;
}

export interface CompiledModel {
  version: string;
  /** one row per feature holding every head's weights, so each feature is looked up once */
  rows: Map<string, Float64Array>;
  /** character n-gram weights by hash, same layout as `rows` (an open-addressing table, see GramTable) */
  grams: GramTable;
  gramScale: number;
  /** per word of word-vectors.ts, its vector × the mean-vector weights (every head); empty when none */
  wordLogits: Float32Array;
  sentiment: CompiledHead & { calibration: { a: number; b: number }; threshold: number };
  cause: CompiledHead & { taxonomyKey: Record<string, string> };
}

export function compileModel(artefact: DefaultModelArtefact): CompiledModel {
  const s = artefact.sentiment.classes.length;
  const width = s + artefact.cause.classes.length;
  // every row is a view into one buffer: thousands of small typed arrays would each carry their own
  // backing store and cost megabytes of overhead
  const keys = new Set([...Object.keys(artefact.sentiment.weights), ...Object.keys(artefact.cause.weights)]);
  const buffer = new Float64Array(keys.size * width);
  const rows = new Map<string, Float64Array>();
  const rowOf = (key: string) => {
    let row = rows.get(key);
    if (!row) {
      row = buffer.subarray(rows.size * width, (rows.size + 1) * width);
      rows.set(key, row);
    }
    return row;
  };
  for (const [key, w] of Object.entries(artefact.sentiment.weights)) rowOf(key).set(w, 0);
  for (const [key, w] of Object.entries(artefact.cause.weights)) rowOf(key).set(w, s);
  const grams = buildGramTable(width, [
    [artefact.grams?.sentiment ?? {}, 0],
    [artefact.grams?.cause ?? {}, s],
  ]);
  const dims = artefact.embedding?.sentiment.length ?? 0;
  const embedding = new Float64Array(dims * width);
  for (let d = 0; d < dims; d++) {
    embedding.set(artefact.embedding!.sentiment[d]!, d * width);
    embedding.set(artefact.embedding!.cause[d]!, d * width + s);
  }
  return {
    version: artefact.version,
    rows,
    grams,
    wordLogits: dims > 0 ? projectWordVectors(loadFullWordVectors(), embedding, width) : new Float32Array(0),
    gramScale: artefact.grams?.scale ?? 0,
    sentiment: {
      classes: artefact.sentiment.classes,
      bias: Float64Array.from(artefact.sentiment.bias),
      offset: 0,
      calibration: artefact.sentiment.calibration,
      threshold: artefact.sentiment.threshold,
    },
    cause: {
      classes: artefact.cause.classes,
      bias: Float64Array.from(artefact.cause.bias),
      offset: s,
      taxonomyKey: artefact.cause.taxonomyKey,
    },
  };
}

export const DEFAULT_MODEL_PATH = path.join(packageRoot, "src/triage/engine/model/default-model.json");

let cached: CompiledModel | undefined;

export function loadDefaultModel(file: string = DEFAULT_MODEL_PATH): CompiledModel {
  if (cached && file === DEFAULT_MODEL_PATH) return cached;
  const artefact = defaultModelArtefactSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const model = compileModel(artefact);
  if (file === DEFAULT_MODEL_PATH) cached = model;
  return model;
}

/** Each feature's weight row (undefined when the model never saw it), looked up once per message. */
export function weightRows(model: CompiledModel, keys: string[]): Array<Float64Array | undefined> {
  const out = new Array<Float64Array | undefined>(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = model.rows.get(keys[i]!);
  return out;
}

/**
 * Every head's logits from the parts that are not word features: the character n-grams (`gramSum`) and
 * the mean word vector. Computed once per message and shared by the heads.
 */
export function sharedSum(
  model: CompiledModel,
  features: Pick<Features, "gramText" | "negatedSpans" | "vectorWords" | "vectorTotal">,
): Float64Array {
  const sum = gramSum(model, features.gramText);
  if (features.negatedSpans.length > 0) takeOutNegated(model, features.gramText, features.negatedSpans, sum);
  const { width } = model.grams;
  const wordLogits = model.wordLogits;
  const pairs = features.vectorWords;
  if (wordLogits.length === 0 || features.vectorTotal <= 0) return sum;
  const inverse = 1 / features.vectorTotal;
  for (let p = 0; p < pairs.length; p += 2) {
    const base = pairs[p]! * width;
    const w = pairs[p + 1]! * inverse;
    for (let c = 0; c < width; c++) sum[c]! += wordLogits[base + c]! * w;
  }
  return sum;
}

/** Writes bias + Σ weight·value (+ the head's share of `grams`) for one head into `out` and returns it. */
export function scoreHead(
  head: CompiledHead,
  rows: Array<Float64Array | undefined>,
  values: number[],
  out: Float64Array,
  grams?: Float64Array,
): Float64Array {
  out.set(head.bias);
  const k = out.length;
  const offset = head.offset;
  if (grams) for (let c = 0; c < k; c++) out[c]! += grams[offset + c]!;
  for (let i = 0; i < rows.length; i++) {
    const w = rows[i];
    if (w === undefined) continue;
    const v = values[i]!;
    for (let c = 0; c < k; c++) out[c]! += w[offset + c]! * v;
  }
  return out;
}

export function softmaxInPlace(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    logits[c] = Math.exp(logits[c]! - max);
    sum += logits[c]!;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}
