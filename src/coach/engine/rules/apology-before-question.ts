import { findClarifyingQuestions } from "../clarifying-questions";
import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";

export const apologyBeforeQuestion: CoachRule = {
  id: "apology-before-question",
  description: "On a first reply to a vague complaint, apologizing before asking what happened",
  requirement: "R6",
  severity: "hint",
  check: ({ text, input, sentences }) => {
    if (input.stage !== "first_reply") return [];
    const firstQuestion = findClarifyingQuestions(sentences)[0];
    if (!firstQuestion) return [];
    const earlyApology = findGenuineApologies(text).find((span) => span.start < firstQuestion.start);
    if (!earlyApology) return [];
    return [
      {
        ruleId: "apology-before-question",
        severity: "hint",
        message: "The apology comes before we know what it is for; a vague complaint needs questions first.",
        start: earlyApology.start,
        end: earlyApology.end,
        suggestion: "Thank them, ask what happened, and save the specific apology for when you know.",
      },
    ];
  },
};
