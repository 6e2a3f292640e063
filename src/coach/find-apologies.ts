import { findAll, overlaps, type Span } from "./text-spans";

const apologyWord =
  /\b(?:sorr?r?y|ap+olog(?:i[sz](?:e|es|ed|ing)|y|ies)|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|my bad|(?:I|we) (?:deeply |sincerely |truly )?regret|forgive (?:me|us))\b/i;

// Apologies that move the fault onto the customer's feelings or onto "any" vague trouble.
export const nonApologyPatterns: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)(?:\s+(?:that|if|to hear(?: that)?))?\s+you(?:'re|'ve| are| were| may| might| must| have)?(?:\s+(?:be|been|have been))?\s+(?:feel|felt|feeling|think|thought|believe|perceive|perceived|upset|unhappy|disappointed|dissatisfied|frustrated|offended|see it that way)\b/i,
    why: "it apologizes for the customer's feelings instead of for what went wrong",
  },
  {
    pattern: /\b(?:sorry|apologi[sz]e|apologies)\s+if\s+(?!I\b|I'm\b|I've\b|I'd\b)[^.!?\n,;—–-]*/i,
    why: "a conditional apology doubts that anything went wrong",
  },
  {
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,14}?\bany\s+(?:inconvenience|trouble|confusion|frustration|disappointment|issues?|problems?|distress|upset|difficult(?:y|ies))\b(?:\s+(?:this|that|it)\s+(?:may|might)\s+(?:have\s+)?caused?)?/i,
    why: "“any inconvenience” is vague and sounds like a form letter",
  },
  {
    pattern:
      /\b(?:inconvenience|trouble|confusion|frustration)\s+(?:this|that|it)\s+(?:may|might)\s+(?:have\s+)?caused?\b/i,
    why: "“may have caused” doubts that the customer was affected",
  },
  {
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,30}?\b(?:not|n't|failing to|failed to)\s+(?:meet|meeting|met|live up to|living up to|match|matching)\s+(?:your|the customer's)\s+expectations\b/i,
    why: "it blames the customer's expectations rather than naming our mistake",
  },
  { pattern: /\bmistakes were made\b/i, why: "the passive voice hides who made the mistake" },
  { pattern: /\bif (?:any )?offen[cs]e was taken\b/i, why: "it puts the offence on the customer's side" },
];

// Apologies about our own understanding or manners are fine but are not an apology for the problem.
const asideApology =
  /\b(?:sorry|apologies)\s+(?:if\s+I\b|to bother|for (?:asking|the (?:extra )?questions?|bothering)|,?\s*but\b)/i;

export function findNonApologies(text: string): (Span & { why: string })[] {
  const found: (Span & { why: string })[] = [];
  for (const { pattern, why } of nonApologyPatterns) {
    for (const span of findAll(text, pattern)) {
      if (!found.some((other) => overlaps(other, span))) found.push({ ...span, why });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findGenuineApologies(text: string): Span[] {
  const hollow = [...findNonApologies(text), ...findAll(text, asideApology)];
  return findAll(text, apologyWord).filter((span) => !hollow.some((bad) => overlaps(bad, span)));
}
