// Character n-grams (3 to 5 characters, across word boundaries) of a message's words. They catch
// spellings, inflections and word pieces the word features miss ("disappoint" in "disappointing",
// "soo" in "sooo"). At inference each n-gram is hashed straight from the text (gram-table.ts
// `gramSum`, the same FNV-1a as `gramHash` inlined), so no strings are made.
export const GRAM_MIN = 3;
export const GRAM_MAX = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 30-bit FNV-1a hash of one n-gram (30 bits keep the number a small integer in V8). */
export function gramHash(gram: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/**
 * The n-grams themselves with their counts (training only): `all` of them, and `clear` = those that touch
 * none of the `negatedSpans` ([start, end) pairs, sorted; see extract-features.ts).
 */
export function gramCounts(
  text: string,
  negatedSpans: number[] = [],
): { all: Map<string, number>; clear: Map<string, number> } {
  const all = new Map<string, number>();
  const clear = new Map<string, number>();
  let span = 0;
  for (let i = 0; i + GRAM_MIN <= text.length; i++) {
    while (span < negatedSpans.length && negatedSpans[span + 1]! <= i) span += 2;
    for (let len = GRAM_MIN; len <= GRAM_MAX && i + len <= text.length; len++) {
      const gram = text.slice(i, i + len);
      all.set(gram, (all.get(gram) ?? 0) + 1);
      if (span < negatedSpans.length && negatedSpans[span]! < i + len) continue;
      clear.set(gram, (clear.get(gram) ?? 0) + 1);
    }
  }
  return { all, clear };
}

/** Number of n-grams in a text of this length (so the per-gram value can be computed up front). */
export function gramTotal(length: number): number {
  let total = 0;
  for (let len = GRAM_MIN; len <= GRAM_MAX; len++) total += Math.max(0, length - len + 1);
  return total;
}

/** about the number of n-grams of the longest tweets in the training data */
const LONG_TEXT_GRAMS = 500;

/**
 * What each n-gram of a text of this length counts: scale/√n, so a tweet's n-gram evidence does not
 * grow with its length; beyond tweet length it shrinks like 1/n (a review of 200 words must not look
 * five times as sure as a tweet, see extract-features.ts).
 */
export function gramValue(scale: number, length: number): number {
  const total = gramTotal(length) || 1;
  const value = scale / Math.sqrt(total);
  return total > LONG_TEXT_GRAMS ? value * Math.sqrt(LONG_TEXT_GRAMS / total) : value;
}
