import { findPhrases } from "./find-phrases";
import type { Span } from "./schema";

const REPEAT_PATTERNS: RegExp[] = [
  /\b(?:called|emailed|contacted|messaged|written|wrote|tweeted|dm'?e?d|asked|reached out|complained|tried|phoned|chatted)\s+(?:to\s+)?(?:you\s+|you guys\s+|them\s+|this\s+|support\s+)?(?:\d+|two|three|four|five|six|ten|several|multiple|many|numerous|countless|so many|a dozen|dozens of|a million)\s+times\b/gi,
  /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|nth|umpteenth|another)\s+time\b/gi,
  /\b(?:still|yet)\s+(?:waiting|no\b|nothing|haven'?t|have not|hasn'?t|has not|not|unresolved|no one|nobody)/gi,
  /\b(?:yet again|again and again|over and over|once again|every single time|each time i)\b/gi,
  /\b(?:already|previously|repeatedly)\s+(?:called|contacted|emailed|reported|told|explained|sent|asked|complained|submitted)\b/gi,
  /\b(?:no one|nobody|no-one|noone)\s+(?:has\s+)?(?:ever\s+)?(?:responded|replied|answered|called back|gotten back|got back|followed up|gets back)\b/gi,
  /\b(?:keep|kept)\s+(?:getting|being|telling|calling|asking|sending|saying)\b/gi,
  /\bfor\s+(?:\d+|two|three|several|many|the past|over (?:a|two|three))\s+(?:days|weeks|months)\b/gi,
  /\b(?:follow(?:ing)?[- ]up|as i said|like i said|as i mentioned|i(?:'ve| have) been (?:waiting|trying|calling))\b/gi,
];

// Most messages contain none of these words; one cheap test skips the full patterns.
const HINT =
  /time|still|yet|again|over and over|already|previously|repeatedly|no one|nobody|no-one|noone|keep|kept|days|weeks|months|follow|said|mentioned|been/i;

export function detectRepeatContact(text: string): Span[] {
  if (!HINT.test(text)) return [];
  return findPhrases(text, REPEAT_PATTERNS, false);
}
