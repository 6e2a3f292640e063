import { findNonApologies } from "../find-apologies";
import { findCorporatePhrases } from "../find-corporate-phrases";
import type { CoachRule } from "../rule";
import { overlaps } from "../text-spans";

export const nonApology: CoachRule = {
  id: "non-apology",
  description: "Apologies that blame the customer's feelings, are conditional, or are vague",
  requirement: "R11",
  severity: "warning",
  blockerAt: ["first_reply", "resolution"],
  check: ({ text }) => {
    // "Sorry for any inconvenience" is reported once, as the corporate register it is.
    const canned = findCorporatePhrases(text);
    return findNonApologies(text)
      .filter((span) => !canned.some((phrase) => overlaps(phrase, span)))
      .map((span) => ({
        ruleId: "non-apology",
        severity: "warning",
        message: `“${span.text}” is not a real apology: ${span.why}.`,
        start: span.start,
        end: span.end,
        suggestion: "Say what we did wrong and own it, e.g. “I'm sorry we sent your order a week late.”",
      }));
  },
};
