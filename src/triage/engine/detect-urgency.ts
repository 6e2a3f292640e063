import { findPhrases } from "./find-phrases";
import type { Span } from "./schema";

const URGENCY_PATTERNS: RegExp[] = [
  /\b(?:stranded|stuck\s+(?:at|in|on)|trapped|left behind|nowhere to (?:stay|sleep|go)|sleeping (?:at|in) the airport)\b/gi,
  /\b(?:urgent(?:ly)?|emergency|asap|a\.s\.a\.p|immediately|right now|right away|as soon as possible|time[- ]sensitive)\b/gi,
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow(?: morning)?|in (?:\d+|an?|one|two|three) (?:hours?|hrs?|minutes?|mins?))\b/gi,
  /\b(?:medical|medication|meds|insulin|hospital|doctor|surgery|wheelchair|disabled|disability|pregnant|oxygen|chemo)\b/gi,
  /\b(?:funeral|wedding|newborn|infant|my baby|sick (?:child|kid|son|daughter|mother|father))\b/gi,
  /\b(?:travell?ing|on (?:my|our) way|at the (?:airport|gate|station)|boarding|departs? in|about to (?:board|leave|miss))\b/gi,
  /\b(?:deadline|last chance|running out of time|no heat|no power|no water|without (?:heat|power|water|internet))\b/gi,
];

const CALM = /\b(?:no rush|not urgent|no hurry|whenever (?:you|it)|in your own time)\b/i;

// Most messages contain none of these words; one cheap test skips the full patterns.
const HINT =
  /strand|stuck|trapped|left behind|nowhere|sleeping|urgent|emergenc|asap|a\.s\.a\.p|immediately|right now|right away|as soon|sensitive|today|tonight|this (?:morning|afternoon|evening)|tomorrow|in (?:\d|an?|one|two|three) |medic|meds|insulin|hospital|doctor|surgery|wheelchair|disab|pregnant|oxygen|chemo|funeral|wedding|newborn|infant|baby|sick|travel|on (?:my|our) way|at the|boarding|depart|about to|deadline|last chance|running out|no (?:heat|power|water)|without/i;

export function detectUrgency(text: string): Span[] {
  if (!HINT.test(text) || CALM.test(text)) return [];
  return findPhrases(text, URGENCY_PATTERNS);
}
