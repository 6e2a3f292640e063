import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

// Bracketed stand-ins that agents type into drafts and forget, not only our own {{variables}}:
// [Customer Name], [BOOKING REF], [insert date], {first_name}, <name>, <ORDER_NO>, %NAME%, ${name}.
const slotWords =
  "name|first|last|surname|customer|client|agent|order|booking|case|ticket|reference|ref|number|no|date|time|amount|sum|price|total|address|email|phone|account|tracking|link|url|insert|product|item|company|store|branch|code|id|day|here|signature|title|details|value|x+";
const placeholder = new RegExp(
  [
    String.raw`\{\{[^}]*\}\}`,
    // Square brackets: any wording in capitals or Title Case, snake_case, or naming a slot.
    String.raw`\[\s*(?:[A-Z][A-Z0-9]*(?:[\s_./#-]+[A-Z0-9]+)*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|[a-z]+(?:_[a-z]+)+|(?:[\w#.-]+\s+){0,3}?(?:${slotWords})(?:\s+[\w#.-]+){0,3}?|insert[^\]]*)\s*\](?!\()`,
    // Single braces, ${…} and %…%: identifier-like content.
    String.raw`\$?\{\s*[A-Za-z_][\w.]*(?:\s+[A-Za-z_][\w.]*){0,2}\s*\}`,
    String.raw`%[A-Za-z_][\w.]*%|#{2}[A-Za-z_][\w.]*#{2}|\b__[A-Za-z][\w]*__\b`,
    // Angle brackets around a slot, not an HTML tag.
    String.raw`<\s*(?!(?:a|b|i|u|p|br|hr|em|strong|span|div|li|ul|ol|img|td|tr|table)\s*\/?>)(?:[A-Za-z]\w*(?:[\s_-]+\w+){0,3})\s*>`,
    String.raw`\bX{3,}\b|_{3,}`,
  ].join("|"),
  "g",
);
// Square brackets the writer meant: editorial marks and footnotes.
const notASlot = /^\[\s*(?:sic|\d+|[a-z]|[ivx]+|edited|redacted|sic!|…|\.\.\.)\s*\]$/i;

export const unfilledVariable: CoachRule = {
  id: "unfilled-variable",
  description: "A template variable or placeholder is still in the reply",
  requirement: "R13",
  severity: "blocker",
  check: ({ text }) =>
    findAll(text, placeholder)
      .filter((span) => !notASlot.test(span.text))
      .map((span) => ({
        ruleId: "unfilled-variable",
        severity: "blocker",
        message: `“${span.text}” has not been filled in; the customer would see it as written.`,
        start: span.start,
        end: span.end,
        suggestion: "Replace it with the real value, or fill in the case so Mend can do it.",
      })),
};
