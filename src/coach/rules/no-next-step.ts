import { findTimeExpressions } from "../find-time-expressions";
import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

// Verbs that report talk or hand-offs rather than something done for the customer.
const notAStep =
  "been|had|got|tried|looked|asked|passed|forwarded|noted|checked|received|seen|heard|read|spoken|raised|logged|escalated|shared|let|made a note|contacted|reached";
// Something already done counts as a concrete step even without a date ("I've refunded the £40").
const doneAction = new RegExp(
  String.raw`\b(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+|also\s+|personally\s+)?(?!(?:${notAStep})\b)[a-z-]+\b|\b(?:has|have|is|are|it's)\s+(?:now\s+|already\s+|just\s+)?(?:been\s+)?(?:re)?(?:refunded|sent|issued|processed|arranged|shipped|booked|scheduled|credited|replaced|dispatched|applied|fixed|corrected|reversed|waived|restored|repaired|reserved|confirmed|cancell?ed|removed|covered|on (?:its|their|the) way|in the post|on us)\b|\btracking\s+(?:number|link)\b|\bis\s+on\s+us\b`,
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
