import { findPhrases } from "./find-phrases";
import type { Span } from "./schema";

const BUSINESS_VERBS =
  "fly|flying|use|using|buy|buying|shop|shopping|order|ordering|book|booking|stay|staying|eat|eating|come|coming|return|returning|deal|dealing|recommend|recommending|choose|choosing|do business|go|going|travel|travell?ing|bank|banking";

const CHURN_PATTERNS: RegExp[] = [
  /\bcancel(?:l?ing|l?ed|s)?\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|subscription|membership|contract|plan|service|policy|card|line|package|rewards)\b/gi,
  /\bclos(?:e|ing)\s+(?:my|our|the)\s+(?:\w+\s+)?account\b/gi,
  /\b(?:switch(?:ing)?|mov(?:e|ing)|chang(?:e|ing)|go(?:ing)?|port(?:ing)? my number)\s+(?:over\s+)?to\s+(?:a\s+)?(?:another|different|competitor|your competitor|@\w+|[A-Z][\w&]+)/g,
  /\bswitch(?:ing)?\s+(?:providers?|carriers?|banks?|airlines?|companies|company|networks?|insurers?|suppliers?)\b/gi,
  /\bnever\s+again\b/gi,
  new RegExp(
    String.raw`\bnever\s+(?:ever\s+)?(?:be\s+)?(?:${BUSINESS_VERBS})\b[^.!?\n]{0,40}?\b(?:again|anymore|any more)\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\b(?:won'?t|will not|will never|not going to|never going to)\s+(?:be\s+)?(?:back|returning|coming back|(?:${BUSINESS_VERBS})\s+(?:with|at|from)\s+(?:you|your|this|them))\b`,
    "gi",
  ),
  /\b(?:tak(?:e|ing)|tak(?:e|ing) my money|tak(?:e|ing) our)\s+(?:my\s+|our\s+)?(?:business|money|custom)\s+(?:elsewhere|somewhere else)\b/gi,
  /\b(?:lost|losing)\s+(?:a|another|my|our|a loyal|a long[- ]time)\s+(?:\w+\s+)?(?:customer|client|business)\b/gi,
  /\b(?:done|finished|through)\s+with\s+(?:you|your|this company|this airline|this bank)\b/gi,
  new RegExp(
    String.raw`\blast\s+time\s+(?:i|we)(?:'ll|\s+will)?\s+(?:ever\s+)?(?:${BUSINESS_VERBS})\b`,
    "gi",
  ),
  /\b(?:i'?m|i am|we'?re|we are|will be)\s+leaving\s+(?:you|your|for)\b/gi,
  /\b(?:find(?:ing)?|look(?:ing)? for)\s+(?:a\s+)?(?:new|another|different|better)\s+(?:provider|bank|airline|company|carrier|supplier|insurer|service)\b/gi,
  /\bno\s+longer\s+(?:be\s+)?(?:a\s+)?(?:customer|client|member|loyal)\b/gi,
];

// Most messages contain none of these words; one cheap test skips the full patterns.
const HINT =
  /cancel|clos|switch|mov|chang|go|port|never|won|will|not going|tak|lost|losing|done|finished|through|last time|leaving|find|look|no longer/i;

export function detectChurn(text: string): Span[] {
  if (!HINT.test(text)) return [];
  return findPhrases(text, CHURN_PATTERNS);
}
