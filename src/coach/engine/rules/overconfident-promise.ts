import type { CoachRule } from "../rule";
import { findAll, sentenceContaining } from "../text-spans";

// "Guarantee" as a warranty ("covered by our two-year guarantee") names a product promise, not a
// prediction; only the verb ("I guarantee", "guaranteed to") is overconfident.
const certainty =
  /(?<!\b(?:a|an|the|our|your|its|their|this|that|under|by|with|of|money-back|price|satisfaction|lifetime|manufacturer's|[\w-]+-(?:year|month|day))\s+(?:[\w-]+\s+){0,2})\bguarantee[ds]?\b(?!\s+(?:period|card|covers|terms|claim|certificate|policy))|\b(?:(?:I|we)\s+(?:can\s+)?(?:assure|promise)\s+you|you\s+(?:can|may)\s+(?:be\s+(?:sure|certain|confident)|rely\s+on\s+it|count\s+on\s+it)|you\s+have\s+(?:my|our)\s+word|without\s+(?:a\s+)?(?:doubt|question)|there(?:'s|\s+is)\s+no\s+(?:chance|risk)\s+(?:of|that)|categorically|definitely|certainly|absolutely|without fail|for sure|surely|no doubt|I promise|we promise|(?:I|we) can promise|rest assured)\b|\b100\s?%/gi;
// Certainty only matters when it is about something still to come.
const futureEvent =
  /\b(?:will|'ll|going to|by|within|tomorrow|today|tonight|next|arrive|arrives|deliver|delivered|fix|fixed|resolve|resolved|refund|be there|be back|ship)\b/i;

export const overconfidentPromise: CoachRule = {
  id: "overconfident-promise",
  description: "Guarantee, definitely, 100% about something we cannot be sure of",
  requirement: "R22",
  severity: "warning",
  check: ({ text, sentences }) =>
    findAll(text, certainty)
      .filter((span) => {
        const sentence = sentenceContaining(sentences, span.start)?.text ?? "";
        return futureEvent.test(sentence.replace(span.text, " "));
      })
      .map((span) => ({
        ruleId: "overconfident-promise",
        severity: "warning",
        message: `“${span.text}” promises certainty about something that could still go wrong.`,
        start: span.start,
        end: span.end,
        suggestion: "Promise only what you control, and say how you will keep them posted.",
      })),
};
