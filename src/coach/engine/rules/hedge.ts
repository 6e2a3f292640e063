import { findNonApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import { findAll, overlaps, type Span, sentenceContaining } from "../text-spans";

// The hedges a non-apology is made of ("sorry you feel", "trouble this may have caused").
const partOfNonApology =
  /\bfe(?:el|els|lt|eling)\b|\b(?:may|might|could)\s+(?:have|'ve)\s+(?:been\s+)?caused\b/i;
const estimates = /^(?:approximately|roughly|about|around|more or less|give or take|or so|kind of|sort of)$/i;

// Hedges from retext-intensify that soften what happened or when; its other words (will, can,
// just, really…) are ordinary in support replies and would drown the agent in noise.
const blameSofteners = new Set([
  "apparent",
  "apparently",
  "approximately",
  "kind of",
  "perhaps",
  "possibly",
  "presumably",
  "probably",
  "roughly",
  "seem",
  "seemed",
  "seems",
  "somewhat",
  "sort of",
  "supposedly",
  "seemingly",
]);

const ownHedges = [
  // "feel" about the customer or the event, not "feel free" and not the agent's own "I feel we…".
  /(?<!\b(?:made|make|makes|making|let)\s+)\b(?:you|it|this|that|things?)\s+(?:may\s+|might\s+|must\s+)?(?:feel|feels|felt)\b|(?<!\b(?:I|we)\s+)\b(?:feels?|felt)\s+like\b/gi,
  /\b(?:might|may|could)\s+(?:have|'ve)\s+(?:been\s+)?\w+/gi,
  /\b(?:it\s+)?appears\s+(?:that|to)\b|\bit\s+would\s+appear\b/gi,
  /\b(?:more or less|give or take|or so|in theory|somehow|seemingly|supposedly|presumably|allegedly|arguably)\b/gi,
];

export const hedge: CoachRule = {
  id: "hedge",
  description:
    "Hedges (feel, apparently, approximately, seems, might have) that soften our blame or promises",
  requirement: "R11",
  severity: "warning",
  check: ({ text, sentences, language }) => {
    const spans: Span[] = language()
      .filter((message) => message.source === "intensify" && blameSofteners.has(message.actual.toLowerCase()))
      .map((message) => ({ start: message.start, end: message.end, text: message.actual }));
    for (const pattern of ownHedges) {
      for (const span of findAll(text, pattern)) {
        if (!spans.some((other) => overlaps(other, span))) spans.push(span);
      }
    }
    // "sorry you feel" is already reported as a non-apology; other hedges inside one still count.
    const nonApologies = findNonApologies(text);
    return (
      spans
        .filter(
          (span) => !partOfNonApology.test(span.text) || !nonApologies.some((other) => overlaps(other, span)),
        )
        // Asking the customer for an estimate ("roughly what time did it start?") is not hedging.
        .filter((span) => {
          if (!estimates.test(span.text)) return true;
          return !/\?\s*$/.test(sentenceContaining(sentences, span.start)?.text ?? "");
        })
        .sort((a, b) => a.start - b.start)
        .map((span) => ({
          ruleId: "hedge",
          severity: "warning",
          message: `“${span.text}” hedges; it sounds as if we are not sure what happened or are avoiding the blame.`,
          start: span.start,
          end: span.end,
          suggestion: "State it plainly: what happened, that it was our fault, and the exact time.",
        }))
    );
  },
};
