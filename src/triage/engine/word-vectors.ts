import { readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../../package-root";

// Pretrained word vectors (GloVe 6B 100-d, distilled by scripts/distil-word-vectors.ts). A message's
// weighted mean vector is a dense feature of both heads: words the tweets never contained ("waiter",
// "invoice", "technician") land near words they did ("staff", "billing"), which is what carries the
// model to other businesses.
//
// File layout (little-endian): "MWV1", u32 count, u32 dims, f32 scale × count, u32 frequency rank ×
// count, i8 × count × dims (each vector unit-length, divided by its scale), then the words joined by "\n".
export interface WordVectors {
  dims: number;
  /** row i belongs to words[i]; extract-features.ts looks words up through its word table (word-lists.ts) */
  words: string[];
  /** SIF weight a/(a + p(w)) from the word's frequency rank: "the" counts little, "refund" fully */
  weight: Float32Array;
  scale: Float32Array;
  values: Int8Array;
}

const MAGIC = "MWV1";
/** SIF smoothing (Arora et al. 2017); p(w) is estimated from the rank by Zipf's law */
const SIF_A = 1e-3;
const ZIPF_NORM = Math.log(400000) + 0.5772;

export function encodeWordVectors(options: {
  words: string[];
  ranks: number[];
  vectors: number[][];
  dims: number;
}): Buffer {
  const { words, ranks, vectors, dims } = options;
  const count = words.length;
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const buffer = Buffer.alloc(12 + count * 8 + count * dims + wordBytes.length);
  buffer.write(MAGIC, 0, "latin1");
  buffer.writeUInt32LE(count, 4);
  buffer.writeUInt32LE(dims, 8);
  const valuesAt = 12 + count * 8;
  vectors.forEach((vector, i) => {
    const norm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0)) || 1;
    const maxAbs = Math.max(...vector.map((x) => Math.abs(x / norm))) || 1;
    const scale = Math.fround(maxAbs / 127);
    buffer.writeFloatLE(scale, 12 + i * 4);
    buffer.writeUInt32LE(ranks[i]!, 12 + count * 4 + i * 4);
    for (let d = 0; d < dims; d++)
      buffer.writeInt8(Math.round(vector[d]! / norm / scale), valuesAt + i * dims + d);
  });
  wordBytes.copy(buffer, valuesAt + count * dims);
  return buffer;
}

export function decodeWordVectors(buffer: Buffer): WordVectors {
  if (buffer.toString("latin1", 0, 4) !== MAGIC) throw new Error("word vectors: not an MWV1 file");
  const count = buffer.readUInt32LE(4);
  const dims = buffer.readUInt32LE(8);
  const scale = new Float32Array(count);
  const weight = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    scale[i] = buffer.readFloatLE(12 + i * 4);
    const p = 1 / (buffer.readUInt32LE(12 + count * 4 + i * 4) * ZIPF_NORM);
    weight[i] = SIF_A / (SIF_A + p);
  }
  const valuesAt = 12 + count * 8;
  // a view, not a copy: the vectors are only needed while a model is compiled or trained
  const values = new Int8Array(buffer.buffer, buffer.byteOffset + valuesAt, count * dims);
  const words = buffer.toString("utf8", valuesAt + count * dims).split("\n");
  return { dims, words, weight, scale, values };
}

export const WORD_VECTORS_PATH = path.join(packageRoot, "src/triage/engine/model/word-vectors.bin");

let cached: WordVectors | undefined;

/**
 * The words and their weights, for extract-features.ts (cached). The vectors themselves are left out:
 * inference only needs each word's projected logits (default-model.ts), so 3.3 MB stay free.
 */
export function loadWordVectors(): WordVectors {
  if (!cached) loadFullWordVectors();
  return cached!;
}

/** Words, weights and vectors, read afresh (compiling a model, training). */
export function loadFullWordVectors(): WordVectors {
  const full = decodeWordVectors(readFileSync(WORD_VECTORS_PATH));
  // the light copy shares this read's words and weights, so a process reads and splits them once
  cached ??= { ...full, values: new Int8Array(0) };
  return full;
}

function checkValues(vectors: WordVectors): void {
  if (vectors.values.length === 0) throw new Error("word vectors: use loadFullWordVectors() for the vectors");
}

/** The mean vector of (word index, weight) pairs, divided by `total` (training only). */
export function meanVector(vectors: WordVectors, pairs: number[], total: number): Float64Array {
  checkValues(vectors);
  const { dims, values } = vectors;
  const out = new Float64Array(dims);
  if (total <= 0) return out;
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p]!;
    const s = (vectors.scale[i]! * pairs[p + 1]!) / total;
    for (let d = 0; d < dims; d++) out[d]! += values[i * dims + d]! * s;
  }
  return out;
}

/** Each word's vector times a dims × width weight matrix: per-word logits, so inference adds `width`
 * numbers per word instead of `dims`. */
export function projectWordVectors(vectors: WordVectors, weights: Float64Array, width: number): Float32Array {
  checkValues(vectors);
  const { dims, values } = vectors;
  const count = vectors.scale.length;
  const out = new Float32Array(count * width);
  const row = new Float64Array(width);
  for (let i = 0; i < count; i++) {
    row.fill(0);
    for (let d = 0; d < dims; d++) {
      const x = values[i * dims + d]!;
      if (x === 0) continue;
      for (let c = 0; c < width; c++) row[c]! += x * weights[d * width + c]!;
    }
    const s = vectors.scale[i]!;
    for (let c = 0; c < width; c++) out[i * width + c] = row[c]! * s;
  }
  return out;
}
