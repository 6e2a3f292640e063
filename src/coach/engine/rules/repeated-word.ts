import type { CoachRule } from "../rule";

export const repeatedWord: CoachRule = {
  id: "repeated-word",
  description: "The same word typed twice in a row",
  requirement: "R14",
  severity: "warning",
  check: ({ language }) =>
    language()
      .filter((message) => message.source === "repeated")
      .map((message) => ({
        ruleId: "repeated-word",
        severity: "warning",
        message: `“${message.actual}” repeats a word.`,
        start: message.start,
        end: message.end,
        suggestion: `Keep one “${message.kind || message.actual.split(/\s+/)[0]}”.`,
      })),
};
