import { allMatches } from "./all-matches";
import type { Reference, Span } from "./schema";

// Order, booking and case numbers let an agent find the transaction without asking the customer again.
const REFERENCE_PATTERNS: Array<{ kind: Reference["kind"]; pattern: RegExp }> = [
  { kind: "order", pattern: /\border\s*(?:#|no\.?|number|num|id|ref)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi },
  {
    kind: "booking",
    pattern:
      /\b(?:booking|reservation|confirmation|conf|pnr|record locator)\s*(?:#|no\.?|number|code|ref(?:erence)?|id)?\s*[:#]?\s*([A-Z0-9]{5,})/gi,
  },
  { kind: "tracking", pattern: /\btracking\s*(?:#|no\.?|number|id|code)?\s*[:#]?\s*([A-Z0-9]{8,})/gi },
  { kind: "invoice", pattern: /\binvoice\s*(?:#|no\.?|number)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi },
  { kind: "account", pattern: /\baccount\s*(?:#|no\.?|number)\s*[:#]?\s*(\d[\d-]{3,})/gi },
  {
    kind: "case",
    pattern:
      /\b(?:case|ticket|incident|complaint|reference|ref)\s*(?:#|no\.?|number|id)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi,
  },
  {
    kind: "flight",
    pattern: /\bflight\s*(?:#|no\.?|number)?\s*[:#]?\s*((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}|\d{2,4})\b/gi,
  },
];

function looksLikeIdentifier(kind: Reference["kind"], value: string): boolean {
  if (/\d/.test(value)) return true;
  // six-letter record locators are all capitals ("QXRTZB"); ordinary words are not
  return kind === "booking" && /^[A-Z]{6}$/.test(value);
}

export function findReferences(text: string): { references: Reference[]; spans: Span[] } {
  const references: Reference[] = [];
  const spans: Span[] = [];
  // only a booking can be identified without a digit, and most messages have none
  const hasDigit = /\d/.test(text);
  for (const { kind, pattern } of REFERENCE_PATTERNS) {
    if (!hasDigit && kind !== "booking") continue;
    for (const m of allMatches(text, pattern)) {
      if (!looksLikeIdentifier(kind, m[1]!)) continue;
      const value = m[1]!.replace(/\s+/g, "").toUpperCase();
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      references.push({ kind, value });
      spans.push({ text: m[0], start, end });
    }
  }
  return { references, spans };
}
