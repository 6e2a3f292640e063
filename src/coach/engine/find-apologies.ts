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
    // "did not live up to what you hoped for", "fell short of your expectations", unless we are the
    // subject ("sorry we did not live up to what you expected: the table…").
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\b(?:(?![^.!?\n]{0,40}?\b(?:we|I)\s+(?:did|do|have|had|were|was|could|are)?\s*(?:not|n't|failed|fell))[^.!?\n]{0,40}?)\b(?:not|n't|failing\s+to|failed\s+to|fell\s+short\s+of|falls?\s+short\s+of|short\s+of)\s+(?:quite\s+)?(?:(?:meet|meeting|met|live\s+up\s+to|living\s+up\s+to|lived\s+up\s+to|match|matching|matched|reach|be|been|what)\s+)?(?:your|the\s+customer's|the|what\s+you|what)\s*(?:expectations?|hopes?|hoped|expected|wanted|were\s+(?:hoping|expecting)|standards?|imagined|had\s+in\s+mind)\b(?:\s+for)?/i,
    why: "it blames the customer's expectations rather than naming our mistake",
  },
  {
    // "sorry for any disruption", "apologies for any delay": "any" doubts there was a problem at all.
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:(?:for|about)\s+)?any\s+(?!(?:longer|more|other|further|time|of\s+(?:us|our))\b)(?:\w+\s+){0,2}?\w+(?:\s+(?:this|that|it)\s+(?:may|might|could)\s+(?:have\s+)?caused?)?/i,
    why: "“any …” is vague and sounds like a form letter",
  },
  {
    // "should there have been any misunderstanding", "if there was any confusion", "in case of any…"
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,30}?\b(?:should\s+(?:there|this|that|it|you)\s+(?:have\s+been|be|have)|if\s+(?:there|this|that|it)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|caused)|in\s+case\s+of|to\s+the\s+extent\s+that)\b[^.!?\n,;]*/i,
    why: "a conditional apology doubts that anything went wrong",
  },
  {
    // Passive or impersonal regret that hides who did it: "an error was made", "it is unfortunate that".
    pattern:
      /\b(?:(?:mistakes|errors)\s+(?:were|have\s+been|had\s+been)\s+made|(?:a|an|some)\s+(?:mistake|error|oversight)\s+(?:was|has\s+been|had\s+been)\s+made|it\s+(?:is|was|'s)\s+(?:most\s+|very\s+|quite\s+)?(?:unfortunate|regrettable)\s+that)\b/i,
    why: "impersonal wording hides who made the mistake",
  },
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

// An apology word whose own sentence is a non-apology ("I do apologise that mistakes were made").
function sameSentence(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return !/[.!?\n]/.test(text.slice(from, to).replace(/\.(?=\d)/g, ""));
}

export function findGenuineApologies(text: string): Span[] {
  const nonApologies = findNonApologies(text);
  const hollow = [...nonApologies, ...findAll(text, asideApology)];
  return findAll(text, apologyWord).filter(
    (span) =>
      !hollow.some((bad) => overlaps(bad, span)) &&
      !nonApologies.some(
        (bad) =>
          bad.start >= span.end &&
          sameSentence(text, span, bad) &&
          !/\b(?:we|I)\b/.test(text.slice(span.end, bad.start).replace(/\bI\s+(?:do\s+)?$/i, "")),
      ),
  );
}
