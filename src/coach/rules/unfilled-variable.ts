import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

// Bracketed stand-ins that agents type into drafts and forget, not only our own {{variables}}.
const placeholder =
  /\{\{[^}]*\}\}|\[\s*(?:customer|client|first|last|full)?\s*(?:name|first name|order(?: number| no\.?| #)?|case(?: number)?|date|amount|insert[^\]]*|tracking[^\]]*)\s*\]|<\s*(?:name|first name|customer name|order number|date)\s*>|\bX{3,}\b/gi;

export const unfilledVariable: CoachRule = {
  id: "unfilled-variable",
  description: "A template variable or placeholder is still in the reply",
  requirement: "R13",
  severity: "blocker",
  check: ({ text }) =>
    findAll(text, placeholder).map((span) => ({
      ruleId: "unfilled-variable",
      severity: "blocker",
      message: `“${span.text}” has not been filled in; the customer would see it as written.`,
      start: span.start,
      end: span.end,
      suggestion: "Replace it with the real value, or fill in the case so Mend can do it.",
    })),
};
