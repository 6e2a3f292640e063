import { allMatches } from "./all-matches";

// Praise words next to a complaint ("great, another delay", "thanks for nothing") read as anger, not joy.
// Only the forms that are reliable without context are caught; the model learns the rest from data.
const SARCASM_PATTERNS: RegExp[] = [
  /\b(?:oh\s+)?(?:great|fantastic|wonderful|awesome|perfect|brilliant|lovely|nice|terrific|super)\b[\s,.!]{1,4}(?:another|more|again|yet another|just what i needed|now|so now|thanks)\b/gi,
  /\b(?:thanks|thank you)\s+(?:for\s+)?(?:nothing|(?:the|another|yet another)\s+(?:delay|cancell?ation|wait|runaround|hassle|headache|lost|broken))\b/gi,
  /\b(?:gotta|got to|(?:i\s+)?just|(?:i\s+)?really|(?:i\s+)?so)?\s*love\s+(?:how|that|when|being|waiting|sitting|paying|getting)\b[^.!?]{0,40}\b(?:hold|wait|waiting|delay|delayed|late|stuck|charged|again|hours?|lost|broken|nothing|no one|nobody|ignored?)\b/gi,
  /\b(?:yeah,? right|(?<!thanks |thank you )so much for(?! (?:the|your|all|everything|helping|getting|making|being))|just what i needed|what a joke)\b/gi,
  /\bnever\s+(?:a\s+dull\s+moment|disappoint(?:s|ed)?\s+to\s+disappoint)\b/gi,
];

/** every pattern needs one of these words; most messages have none and skip the patterns */
const SARCASM_HINT =
  /great|fantastic|wonderful|awesome|perfect|brilliant|lovely|nice|terrific|super|thank|love|yeah|so much for|just what|joke|dull/i;

export interface SarcasmMatch {
  text: string;
  start: number;
  end: number;
}

export function detectSarcasm(text: string): SarcasmMatch[] {
  const matches: SarcasmMatch[] = [];
  if (!SARCASM_HINT.test(text)) return matches;
  for (const pattern of SARCASM_PATTERNS) {
    for (const m of allMatches(text, pattern)) {
      const leading = m[0].length - m[0].trimStart().length;
      matches.push({ text: m[0].trim(), start: m.index + leading, end: m.index + m[0].trimEnd().length });
    }
  }
  return matches;
}
