import { readFileSync } from "node:fs";
import { z } from "zod";
import { GRAM_MAX, GRAM_MIN, gramHash, gramValue } from "./char-grams";
import type { Features } from "./extract-features";
import { loadFullWordVectors, projectWordVectors } from "./word-vectors";

// The stored artefact (JSON in the repository) and its compiled in-memory form. Weights are per feature
// string, one number per class; the naive-Bayes ratios used in training are already folded into them.
const linearHeadSchema = z.object({
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  weights: z.record(z.string(), z.array(z.number())),
});

export const defaultModelArtefactSchema = z.object({
  version: z.string(),
  trainedOn: z.object({ source: z.string(), sha256: z.string(), rows: z.number(), note: z.string() }),
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
      sentiment: z.record(z.string(), z.array(z.number())),
      cause: z.record(z.string(), z.array(z.number())),
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

/**
 * Character n-gram weights in flat typed arrays with open addressing (linear probing): `keys` holds
 * hash + 1 (0 = empty slot), `weights` one row of `width` numbers per slot. Most n-grams of a message
 * are not in the table, so the keys stay small (4 bytes a slot, cache-friendly) and a row is read only on
 * a hit. A lookup is a multiply and a compare or two, with no strings made.
 */
export interface GramTable {
  /** one bit per hash (its low 20 bits): most n-grams of a message are not in the table, and this
   * 128 KB filter answers them without touching `keys` */
  bits: Uint32Array;
  keys: Int32Array;
  weights: Float32Array;
  mask: number;
  width: number;
  size: number;
}

const FILTER_BITS = 1 << 20;
const FILTER_MASK = FILTER_BITS - 1;

function buildGramTable(width: number, parts: Array<[Record<string, number[]>, number]>): GramTable {
  const hashes = new Set<number>();
  for (const [weights] of parts) for (const gram of Object.keys(weights)) hashes.add(gramHash(gram));
  let capacity = 16;
  while (capacity * 0.6 < hashes.size) capacity *= 2;
  const table: GramTable = {
    bits: new Uint32Array(FILTER_BITS >>> 5),
    keys: new Int32Array(capacity),
    weights: new Float32Array(capacity * width),
    mask: capacity - 1,
    width,
    size: hashes.size,
  };
  for (const [weights, offset] of parts) {
    for (const [gram, w] of Object.entries(weights)) {
      const key = gramHash(gram) + 1;
      let slot = key & table.mask;
      while (table.keys[slot] !== 0 && table.keys[slot] !== key) slot = (slot + 1) & table.mask;
      table.keys[slot] = key;
      table.bits[(key & FILTER_MASK) >>> 5]! |= 1 << (key & 31);
      for (let c = 0; c < w.length; c++) table.weights[slot * width + offset + c]! += w[c]!;
    }
  }
  return table;
}

export function compileModel(artefact: DefaultModelArtefact): CompiledModel {
  const s = artefact.sentiment.classes.length;
  const width = s + artefact.cause.classes.length;
  const rows = new Map<string, Float64Array>();
  const rowOf = (key: string) => {
    let row = rows.get(key);
    if (!row) {
      row = new Float64Array(width);
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

export const DEFAULT_MODEL_PATH = new URL("./model/default-model.json", import.meta.url);

let cached: CompiledModel | undefined;

export function loadDefaultModel(path: URL | string = DEFAULT_MODEL_PATH): CompiledModel {
  if (cached && path === DEFAULT_MODEL_PATH) return cached;
  const artefact = defaultModelArtefactSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const model = compileModel(artefact);
  if (path === DEFAULT_MODEL_PATH) cached = model;
  return model;
}

/** Each feature's weight row (undefined when the model never saw it), looked up once per message. */
export function weightRows(model: CompiledModel, keys: string[]): Array<Float64Array | undefined> {
  const out = new Array<Float64Array | undefined>(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = model.rows.get(keys[i]!);
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Σ over the message's character n-grams of their weight rows × value: one pass serves every head.
 * The hashing is char-grams.ts's `gramHash`, inlined so that no n-gram string is made.
 */
export function gramSum(model: CompiledModel, gramText: string): Float64Array {
  const { bits, keys, weights, mask, width, size } = model.grams;
  const sum = new Float64Array(width);
  if (size === 0) return sum;
  const n = gramText.length;
  // imported bindings are read through the module record on every use; locals keep the loop tight
  const min = GRAM_MIN;
  const max = GRAM_MAX;
  for (let i = 0; i + min <= n; i++) {
    let h = FNV_OFFSET;
    const end = Math.min(i + max, n);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ gramText.charCodeAt(j), FNV_PRIME);
      if (j - i + 1 < min) continue;
      const key = (h & 0x3fffffff) + 1;
      if ((bits[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) continue;
      let slot = key & mask;
      for (let k = keys[slot]!; k !== 0; k = keys[slot]!) {
        if (k === key) {
          const base = slot * width;
          for (let c = 0; c < width; c++) sum[c]! += weights[base + c]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  const value = gramValue(model.gramScale, n);
  for (let c = 0; c < width; c++) sum[c]! *= value;
  return sum;
}

/**
 * Subtracts the unhappiness head's share of every n-gram that touches a negated word. Kept out of the
 * main loop (which stays as tight as it was) and only run for messages with a negation.
 */
export function takeOutNegated(
  model: CompiledModel,
  gramText: string,
  spans: number[],
  sum: Float64Array,
): void {
  const { bits, keys, weights, mask, width } = model.grams;
  const sentimentWidth = model.cause.offset;
  const n = gramText.length;
  const value = gramValue(model.gramScale, n);
  const min = GRAM_MIN;
  const max = GRAM_MAX;
  let from = 0;
  for (let s = 0; s < spans.length; s += 2) {
    const start = spans[s]!;
    const stop = spans[s + 1]!;
    // each start position i belongs to the first span its n-grams can reach, so none is counted twice
    for (let i = Math.max(from, start - max + 1); i < stop && i + min <= n; i++) {
      let h = FNV_OFFSET;
      const end = Math.min(i + max, n);
      for (let j = i; j < end; j++) {
        h = Math.imul(h ^ gramText.charCodeAt(j), FNV_PRIME);
        if (j - i + 1 < min || j < start) continue;
        const key = (h & 0x3fffffff) + 1;
        if ((bits[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) continue;
        let slot = key & mask;
        for (let k = keys[slot]!; k !== 0; k = keys[slot]!) {
          if (k === key) {
            const base = slot * width;
            for (let c = 0; c < sentimentWidth; c++) sum[c]! -= weights[base + c]! * value;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    from = Math.max(from, stop);
  }
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
