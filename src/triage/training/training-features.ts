import { gramCounts, gramValue } from "../engine/char-grams";
import { extractFeatures } from "../engine/extract-features";
import { loadFullWordVectors, meanVector, type WordVectors } from "../engine/word-vectors";

// What training sees of a message: the word features of extract-features.ts plus the character n-grams
// as "c:" keys and the mean word vector as "#v:" dense keys; the artefact stores both apart.

/** the scale of each character n-gram's value (see `gramValue` in char-grams.ts) */
export const GRAM_SCALE = 4;
export const GRAM_PREFIX = "c:";
export const GRAM_MIN_DOCS = 5;
/** the mean word vector enters training as dense features "#v:0"…; stored apart as a matrix */
export const EMBEDDING_PREFIX = "#v:";
export const EMBEDDING_SCALE = 5;

/** Character n-grams seen in fewer than `minDocs` messages are left out (they mostly add size). */
export function dropRareGrams(
  features: Array<{ keys: string[]; values: number[] }>,
  minDocs: number,
): Array<{ keys: string[]; values: number[] }> {
  const docs = new Map<string, number>();
  for (const f of features)
    for (const key of f.keys) if (key.startsWith(GRAM_PREFIX)) docs.set(key, (docs.get(key) ?? 0) + 1);
  return features.map((f) => {
    const keys: string[] = [];
    const values: number[] = [];
    f.keys.forEach((key, i) => {
      if (key.startsWith(GRAM_PREFIX) && docs.get(key)! < minDocs) return;
      keys.push(key);
      values.push(f.values[i]!);
    });
    return { keys, values };
  });
}

let fullVectors: WordVectors | undefined;
function trainingVectors(): WordVectors {
  fullVectors ??= loadFullWordVectors();
  return fullVectors;
}

export interface SparseExample {
  keys: string[];
  values: number[];
}

/**
 * Word features, character n-grams (as "c:" keys with their counts) and the mean word vector, as training
 * sees them: the unhappiness head without the n-grams that touch negated words, the cause head with all.
 */
export function trainingFeatures(text: string): { sentiment: SparseExample; cause: SparseExample } {
  const features = extractFeatures(text);
  const keys = features.keys.slice();
  const values = features.values.slice();
  if (EMBEDDING_SCALE > 0)
    meanVector(trainingVectors(), features.vectorWords, features.vectorTotal).forEach((x, d) => {
      keys.push(EMBEDDING_PREFIX + d);
      values.push(x * EMBEDDING_SCALE);
    });
  const value = gramValue(GRAM_SCALE, features.gramText.length);
  const grams = gramCounts(features.gramText, features.negatedSpans);
  const withGrams = (counts: Map<string, number>): SparseExample => {
    const out = { keys: keys.slice(), values: values.slice() };
    for (const [gram, count] of counts) {
      out.keys.push(GRAM_PREFIX + gram);
      out.values.push(count * value);
    }
    return out;
  };
  return { sentiment: withGrams(grams.clear), cause: withGrams(grams.all) };
}
