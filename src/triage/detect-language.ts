import { detectAll } from "tinyld";
import type { Token } from "./tokenize-text";

// tinyld costs ~75 µs a message; most traffic is plainly English, so common English function words decide
// first and tinyld only sees the rest.
// Only words that are rarely words in other Latin-script languages ("me", "no", "a", "in", "was" are).
const ENGLISH_WORDS = new Set([
  "the",
  "to",
  "and",
  "my",
  "you",
  "it's",
  "for",
  "of",
  "with",
  "this",
  "that",
  "have",
  "not",
  "your",
  "are",
  "but",
  "just",
  "can",
  "get",
  "we",
  "they",
  "will",
  "what",
  "when",
  "been",
  "from",
  "our",
  "why",
  "how",
  "still",
  "now",
  "thanks",
  "thank",
  "please",
  "its",
  "i'm",
  "don't",
  "can't",
  "hours",
  "again",
  "would",
  "has",
  "were",
  "any",
  "there",
  "their",
  "about",
  "if",
  "who",
  "did",
  "got",
  "never",
  "is",
  "it",
  "be",
  "on",
  "at",
  "i",
  "me",
  "so",
  "no",
  "a",
  "in",
  "was",
]);
// ambiguous across languages: they count towards English only next to distinctive words
const AMBIGUOUS = new Set(["is", "it", "be", "on", "at", "i", "me", "so", "no", "a", "in", "was"]);

/** letters outside ASCII (accents, other scripts); emoji and curly quotes do not count */
const NON_ASCII = /[\u00c0-\u02af\u0370-\u0fff\u1e00-\u1fff\u3040-\uffef]/;

export const SUPPORTED_LANGUAGES = new Set(["en"]);

export interface DetectedLanguage {
  code: string;
  confidence: number;
  supported: boolean;
}

export function detectLanguage(options: { text: string; tokens: Token[] }): DetectedLanguage {
  let words = 0;
  let english = 0;
  let distinctive = 0;
  for (const token of options.tokens) {
    if (token.kind !== "word") continue;
    words += 1;
    if (ENGLISH_WORDS.has(token.norm)) {
      english += 1;
      if (!AMBIGUOUS.has(token.norm)) distinctive += 1;
    }
  }
  if (words >= 3 && distinctive >= 1 && english / words >= 0.2)
    return { code: "en", confidence: 0.95, supported: true };
  // plain ASCII with some English function words is English often enough not to pay for tinyld
  if (distinctive >= 1 && english / words >= 0.1 && !NON_ASCII.test(options.text)) {
    return { code: "en", confidence: 0.8, supported: true };
  }
  if (words < 3) {
    // too short to tell: treat as English but say so through a lower confidence
    return { code: "en", confidence: words === 0 ? 0.3 : 0.5, supported: true };
  }
  const text = options.text.replace(/https?:\/\/\S+|@\w+|#/g, " ");
  const best = detectAll(text)[0];
  if (!best) return { code: "und", confidence: 0, supported: false };
  const code = best.lang;
  return {
    code,
    confidence: Math.round(best.accuracy * 100) / 100,
    supported: SUPPORTED_LANGUAGES.has(code),
  };
}
