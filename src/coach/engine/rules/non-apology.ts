import { findNonApologies } from "../find-apologies";
import type { CoachRule } from "../rule";

export const nonApology: CoachRule = {
  id: "non-apology",
  description: "Apologies that blame the customer's feelings, are conditional, or are vague",
  requirement: "R11",
  severity: "warning",
  check: ({ text }) =>
    findNonApologies(text).map((span) => ({
      ruleId: "non-apology",
      severity: "warning",
      message: `“${span.text}” is not a real apology: ${span.why}.`,
      start: span.start,
      end: span.end,
      suggestion: "Say what we did wrong and own it, e.g. “I'm sorry we sent your order a week late.”",
    })),
};
