import path from "node:path";
import { Worker } from "node:worker_threads";
import dictionaryEn from "dictionary-en";
import nspell from "nspell";
import { packageRoot } from "../../package-root";

export type Misspelling = { start: number; end: number; word: string; suggestions: string[] };

// Checking a word is cheap; Hunspell's suggestions for a word never seen before can take
// 40–500 ms. The server therefore computes new suggestions in a worker thread and answers at
// once; the composer asks again on the next typing pause and finds them cached. Command-line
// use, with nobody typing, computes them in place.
const CACHE_LIMIT = 5_000;

let speller: ReturnType<typeof nspell> | undefined;
const suggestionCache = new Map<string, string[]>();
let worker: Worker | undefined;
const pending = new Set<string>();

export function suggestSpellingInBackground(): void {
  if (worker) return;
  worker = new Worker(path.join(packageRoot, "src/coach/engine/suggest-worker.mjs"));
  worker.unref();
  worker.on("message", ({ word, suggestions }: { word: string; suggestions: string[] }) => {
    pending.delete(word);
    remember(word, suggestions);
  });
}

function remember(word: string, suggestions: string[]) {
  if (suggestionCache.size >= CACHE_LIMIT) suggestionCache.delete(suggestionCache.keys().next().value!);
  suggestionCache.set(word, suggestions);
}

function suggestionsFor(word: string): string[] {
  const cached = suggestionCache.get(word);
  if (cached) return cached;
  if (worker) {
    if (!pending.has(word)) {
      pending.add(word);
      worker.postMessage(word);
    }
    return [];
  }
  const suggestions = getSpeller().suggest(word.replace(/’/g, "'"));
  remember(word, suggestions);
  return suggestions;
}

function getSpeller() {
  speller ??= nspell(dictionaryEn);
  return speller;
}

export function isKnownWord(word: string): boolean {
  const normal = word.replace(/’/g, "'");
  const s = getSpeller();
  return s.correct(normal) || s.correct(normal.toLowerCase());
}

export function checkSpelling(text: string): Misspelling[] {
  const found: Misspelling[] = [];
  for (const match of text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const word = match[0];
    if (word.length < 2 || isKnownWord(word)) continue;
    found.push({
      start: match.index,
      end: match.index + word.length,
      word,
      suggestions: suggestionsFor(word),
    });
  }
  return found;
}
