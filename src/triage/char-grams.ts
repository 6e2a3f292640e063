// Character n-grams (3 to 5 characters, across word boundaries) of a message's words. They catch
// spellings, inflections and word pieces the word features miss ("disappoint" in "disappointing",
// "soo" in "sooo"). At inference each n-gram is hashed straight from the text (default-model.ts
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

/** The n-grams themselves with their counts (training only). */
export function gramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + GRAM_MIN <= text.length; i++) {
    for (let len = GRAM_MIN; len <= GRAM_MAX && i + len <= text.length; len++) {
      const gram = text.slice(i, i + len);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** Number of n-grams in a text of this length (so the per-gram value can be computed up front). */
export function gramTotal(length: number): number {
  let total = 0;
  for (let len = GRAM_MIN; len <= GRAM_MAX; len++) total += Math.max(0, length - len + 1);
  return total;
}
