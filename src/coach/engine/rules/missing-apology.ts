import { findClarifyingQuestions } from "../clarifying-questions";
import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

export const missingApology: CoachRule = {
  id: "missing-apology",
  description: "A first reply or resolution that never says sorry for what went wrong",
  requirement: "R6",
  severity: "warning",
  check: ({ text, input, sentences }) => {
    // Follow-ups are checked element by element by the follow-up rule; updates need no apology.
    if (input.stage !== "first_reply" && input.stage !== "resolution") return [];
    if (findGenuineApologies(text).length > 0) return [];
    // A first reply that is still asking what happened is right to hold the apology back.
    if (input.stage === "first_reply" && findClarifyingQuestions(sentences).length > 0) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "missing-apology",
        severity: "warning",
        message: "This reply never apologizes for what went wrong.",
        start,
        end,
        suggestion: "Add a specific apology in our own words: “I'm sorry we charged you twice.”",
      },
    ];
  },
};
