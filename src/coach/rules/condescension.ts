import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

const condescending =
  /\b(?:obviously|clearly you|as\s+(?:you\s+)?(?:should|must|ought to|may|might)\s+(?:already\s+)?(?:know|be aware|have (?:read|seen|noticed|known))|as\s+(?:everyone|anyone)\s+(?:knows|can see)|calm\s+down|relax,|settle\s+down|there(?:'s| is)\s+no\s+need\s+to\s+(?:shout|be rude|get upset|panic)|it'?s\s+(?:really\s+|very\s+|quite\s+|pretty\s+)?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated))|if\s+you\s+(?:had|would have)\s+(?:read|checked|looked)|did\s+you\s+(?:even\s+)?(?:read|try|bother|check)|(?:you\s+)?(?:need|have)\s+to\s+understand\s+that|I'?m\s+sure\s+you\s+(?:can|will)\s+understand|with\s+all\s+(?:due\s+)?respect|no\s+offen[cs]e|common\s+sense|let\s+me\s+(?:explain|say)\s+(?:this|it)\s+(?:again|slowly|one more time)|for\s+the\s+(?:last|second|third|hundredth)\s+time|you\s+(?:seem|appear)\s+to\s+(?:have\s+)?(?:misunderstood|be confused)|(?:just|simply)\s+(?:read|follow|click)\s+the\s+(?:instructions|manual|faq|link))\b/gi;

export const condescension: CoachRule = {
  id: "condescension",
  description: "Disdain or talking down: “obviously”, “as you should know”, “calm down”",
  requirement: "R15",
  severity: "blocker",
  check: ({ text }) =>
    findAll(text, condescending).map((span) => ({
      ruleId: "condescension",
      severity: "blocker",
      message: `“${span.text}” talks down to the customer.`,
      start: span.start,
      end: span.end,
      suggestion: "Explain as to a respected equal; assume they had good reason to ask.",
    })),
};
