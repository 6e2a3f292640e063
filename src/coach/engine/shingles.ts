// Word shingles and Jaccard similarity, used to spot replies that are copies of a script.
// Recent replies and templates arrive again on every keystroke; their shingles are worth keeping.
const cache = new Map<string, Set<string>>();
const cacheLimit = 5_000;

export function cachedWordShingles(text: string): Set<string> {
  let shingles = cache.get(text);
  if (!shingles) {
    if (cache.size >= cacheLimit) cache.clear();
    shingles = wordShingles(text);
    cache.set(text, shingles);
  }
  return shingles;
}

export function wordShingles(text: string, size = 3): Set<string> {
  const words =
    text
      .toLowerCase()
      .replace(/\{\{[^}]*\}\}/g, " var ")
      .match(/[\p{L}\p{N}']+/gu) ?? [];
  const shingles = new Set<string>();
  for (let index = 0; index + size <= words.length; index += 1) {
    shingles.add(words.slice(index, index + size).join(" "));
  }
  return shingles;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}
