import { findTimeExpressions } from "../find-time-expressions";
import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

const actions =
  String.raw`(?:refunded|sent|issued|processed|arranged|shipped|booked|scheduled|credited|replaced|reissued|re-?sent|dispatched|applied|added|cancell?ed|fixed|corrected|updated|reversed|waived|posted|reset|restored|repaired|reactivated|upgraded|organi[sz]ed|placed|raised|escalated|approved)`;
// Something already done counts as a concrete step even without a date ("I've refunded the £40").
const doneAction = new RegExp(
  String.raw`\b(?:I|we)(?:'ve|\s+have|\s+just)?\s+(?:already\s+|now\s+|just\s+)?${actions}\b|\b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been\s+${actions}\b|\b(?:is|are)\s+(?:now\s+)?(?:on (?:its|their) way|in the post)\b|\btracking\s+(?:number|link)\b`,
  "i",
);

export const noNextStep: CoachRule = {
  id: "no-next-step",
  description: "A resolution reply without a concrete step taken or a timeline",
  requirement: "R26",
  severity: "warning",
  check: ({ text, input, sentences, now }) => {
    if (input.stage !== "resolution") return [];
    if (doneAction.test(text)) return [];
    if (findTimeExpressions({ text, sentences, now }).some((time) => time.promised)) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "no-next-step",
        severity: "warning",
        message: "The customer cannot tell what happens next or when.",
        start,
        end,
        suggestion: "Name the step and its time: “I've sent a replacement; it arrives by Thursday.”",
      },
    ];
  },
};
