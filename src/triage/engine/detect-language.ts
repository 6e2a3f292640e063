import { LETTER_SCORES, SCRIPTS, WORD_SCORES } from "./language-profiles";
import type { Token } from "./tokenize-text";

// Most traffic is plainly English, so common English function words decide first. The rest is judged
// by its writing system and, for Latin script, by which language's function words and letters it uses
// (language-profiles.ts). Without evidence for another language a message stays English but unsure:
// a statistical detector's guess on "Gate agent Alavera is amazing" (Afrikaans, Irish…) would switch
// off every English-only signal for no reason.
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
  const ascii = !NON_ASCII.test(options.text);
  // plain ASCII with some English function words is English often enough not to look further
  if (distinctive >= 1 && english / words >= 0.1 && ascii) {
    return { code: "en", confidence: 0.8, supported: true };
  }
  const text = options.text.replace(/https?:\/\/\S+|@\w+|#/g, " ");
  const byScript = ascii ? null : scriptOf(text);
  if (byScript) return { code: byScript, confidence: 0.9, supported: SUPPORTED_LANGUAGES.has(byScript) };
  if (words < 3) {
    // too short to tell: treat as English but say so through a lower confidence
    return { code: "en", confidence: words === 0 ? 0.3 : 0.5, supported: true };
  }

  const scores = new Map<string, number>();
  // one-letter words ("w/", "u", "a") are shorthand as often as they are words
  for (const token of options.tokens)
    if (token.kind === "word" && token.norm.length > 1) addScores(scores, WORD_SCORES.get(token.norm));
  for (const letter of text.toLowerCase()) addScores(scores, LETTER_SCORES.get(letter));
  let best = { code: "en", score: 0 };
  for (const [code, score] of scores) if (code !== "en" && score > best.score) best = { code, score };
  const englishScore = scores.get("en") ?? 0;
  if (best.score >= Math.max(1.5, 0.12 * words) && best.score >= 1.5 * englishScore) {
    return {
      code: best.code,
      confidence: Math.round(Math.min(0.95, 0.5 + best.score / (2 * words)) * 100) / 100,
      supported: SUPPORTED_LANGUAGES.has(best.code),
    };
  }
  return { code: "en", confidence: englishScore > 0 ? 0.7 : 0.5, supported: true };
}

function addScores(scores: Map<string, number>, pairs: Array<[string, number]> | undefined) {
  if (pairs) for (const [code, score] of pairs) scores.set(code, (scores.get(code) ?? 0) + score);
}

/** The language of a non-Latin writing system when its letters are most of the message's letters. */
function scriptOf(text: string): string | null {
  const latin = text.match(/[a-z\u00c0-\u024f]/giu)?.length ?? 0;
  let best: { code: string; count: number } | null = null;
  let total = 0;
  let kana = 0;
  for (const { code, pattern } of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (code === "ja") kana = count;
    total += count;
    if (count > 0 && (!best || count > best.count)) best = { code, count };
  }
  if (!best || total <= latin) return null;
  // Japanese mixes kana with Chinese characters; any kana at all means Japanese.
  return kana > 0 ? "ja" : best.code;
}
