import type { Span } from "./text-spans";

// Questions that gather facts about the complaint; they show the agent does not yet know what
// the apology would be for (R6).
const factFinding =
  /\b(?:what\s+(?:happened|went wrong|exactly|was|is)|which\s+(?:order|item|product|account|branch|store|date|day)|when\s+(?:did|was|were)|could\s+you\s+(?:tell|share|describe|explain|send|let me know|confirm|walk)|can\s+you\s+(?:tell|share|describe|explain|send|let me know|confirm|walk)|would\s+you\s+(?:tell|share|describe|mind)|tell\s+me\s+(?:more|a bit more|what|which|when)|more\s+(?:details?|information|about)|(?:your|the)\s+order\s+number|help\s+me\s+understand)\b/i;

export function findClarifyingQuestions(sentences: Span[]): Span[] {
  return sentences.filter((sentence) => factFinding.test(sentence.text) && /\?|\bplease\b/i.test(sentence.text));
}
