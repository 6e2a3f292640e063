import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

const closingCue =
  /\b(?:(?:close|closing|closed|resolve|resolved|mark(?:ed|ing)?)\s+(?:this|the|your)\s+(?:case|ticket|conversation|request)|(?:case|ticket|request)\s+(?:is|has been)\s+(?:now\s+)?(?:closed|resolved))\b/i;
const anythingElse =
  /\b(?:anything\s+(?:else|more|further)|something\s+else|any\s+other\s+(?:questions?|concerns?|issues?|problems?|way)|any\s+(?:further|more)\s+(?:questions?|help|concerns?)|what\s+else\s+(?:(?:I|we)\s+can|can\s+(?:I|we))|else\s+(?:I|we)\s+(?:can|could)\s+(?:do|help)|other\s+ways?\s+(?:I|we)\s+can\s+help|still\s+need\s+(?:anything|help|something))\b/i;

export const noAnythingElse: CoachRule = {
  id: "no-anything-else",
  description: "Closing the conversation without asking whether anything else is needed",
  requirement: "R16",
  severity: "hint",
  check: ({ text, input }) => {
    const closing = input.stage === "resolution" || closingCue.test(text);
    if (!closing || anythingElse.test(text)) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "no-anything-else",
        severity: "hint",
        message: "The conversation closes without asking whether there is anything else we can do.",
        start,
        end,
        suggestion: "End with a real offer: “Is there anything else I can sort out for you?”",
      },
    ];
  },
};
