import { allMatches } from "./all-matches";
import type { Span } from "./schema";

// Negation is checked in the few words before a match, inside the same clause: "not cancelling", "I would
// never leave you", "no need to sue" do not count. Patterns that carry their own negation ("never again",
// "won't be back") are unaffected because only the text before the match is inspected.
const NEGATION_BEFORE =
  /\b(?:not|never|no|don'?t|do not|won'?t|will not|wouldn'?t|would not|isn'?t|aren'?t|am not|'m not|didn'?t|did not|no need to|no plans? to|without|nothing to|can'?t imagine|cannot imagine|hardly)\b(?:\s+\S+){0,2}\s*$/i;
const CLAUSE_START = /[.!?;,\n]|\bbut\b|\bhowever\b/gi;

export function isNegated(text: string, start: number): boolean {
  let from = Math.max(0, start - 40);
  const window = text.slice(from, start);
  let clause = window;
  for (const m of allMatches(window, CLAUSE_START)) {
    from = m.index + m[0].length;
    clause = window.slice(from);
  }
  return NEGATION_BEFORE.test(clause);
}

export function findPhrases(text: string, patterns: readonly RegExp[], negatable = true): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of allMatches(text, pattern)) {
      if (negatable && isNegated(text, m.index)) continue;
      const end = m.index + m[0].length;
      if (spans.some((s) => m.index < s.end && end > s.start)) continue;
      spans.push({ text: m[0], start: m.index, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
