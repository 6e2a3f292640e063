import { detectAll } from "tinyld";
import type { Token } from "./tokenize-text";

// tinyld costs ~75 µs a message; most traffic is plainly English, so common English function words decide
// first and tinyld only sees the rest.
const ENGLISH_WORDS = new Set([
  "the",
  "a",
  "an",
  "to",
  "and",
  "is",
  "my",
  "you",
  "i",
  "it",
  "for",
  "on",
  "of",
  "in",
  "with",
  "this",
  "that",
  "was",
  "have",
  "not",
  "me",
  "your",
  "be",
  "are",
  "at",
  "but",
  "so",
  "just",
  "no",
  "can",
  "get",
  "do",
  "we",
  "they",
  "will",
  "what",
  "when",
  "or",
  "been",
  "from",
  "our",
  "us",
  "why",
  "how",
  "still",
  "now",
  "thanks",
  "thank",
  "please",
  "its",
  "it's",
  "i'm",
  "don't",
  "can't",
  "hours",
  "again",
  "would",
  "had",
  "has",
  "were",
  "any",
  "all",
  "there",
  "their",
  "about",
  "if",
  "out",
  "up",
  "one",
  "time",
  "who",
  "did",
  "got",
  "never",
]);

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
  for (const token of options.tokens) {
    if (token.kind !== "word") continue;
    words += 1;
    if (ENGLISH_WORDS.has(token.norm)) english += 1;
  }
  if (words >= 3 && english / words >= 0.2) return { code: "en", confidence: 0.95, supported: true };
  // plain ASCII with some English function words is English often enough not to pay for tinyld
  if (english >= 1 && english / words >= 0.1 && !NON_ASCII.test(options.text)) {
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
