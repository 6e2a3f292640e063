import { GRAM_MAX, GRAM_MIN, gramHash, gramValue } from "./char-grams";

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

/** what the n-gram sums read of a compiled model (default-model.ts builds it around this table) */
export type GramModel = { grams: GramTable; gramScale: number; cause: { offset: number } };

const FILTER_BITS = 1 << 20;
const FILTER_MASK = FILTER_BITS - 1;

export function buildGramTable(width: number, parts: Array<[Record<string, number[]>, number]>): GramTable {
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Σ over the message's character n-grams of their weight rows × value: one pass serves every head.
 * The hashing is char-grams.ts's `gramHash`, inlined so that no n-gram string is made.
 */
export function gramSum(model: GramModel, gramText: string): Float64Array {
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
export function takeOutNegated(model: GramModel, gramText: string, spans: number[], sum: Float64Array): void {
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
