import type { Span } from "./text-spans";

// Questions that gather facts about the complaint; they show the agent does not yet know what
// the apology would be for (R6).
const factFinding =
  /^(?:(?:hi|hello|dear|hey)\b[^,]*,\s*)?(?:and\s+|so\s+|also\s+|just\s+to\s+check,?\s+)?(?:was|were|is|are|did|does|do|has|have|had)\s+(?:it|this|that|they|there|the|your|he|she|anyone|someone)\b|\b(?:was|were|is|did)\s+(?:it|this|that)\b[^?]*\bor\b|\b(?:what|which|when|where|who|how)\b|\b(?:could|can|would|did|do|have|were|was)\s+you\b|\b(?:tell|show)\s+me\b|\bmore\s+(?:details?|information)\b|\bhelp\s+me\s+understand\b/i;
// "Anything else I can do?" closes a conversation and "Would you like a refund?" offers a remedy;
// neither gathers facts.
const closingOffer =
  /\b(?:anything|something)\s+(?:else|more)\b|\bwould\s+you\s+(?:like|prefer)\b|\bshall\s+(?:I|we)\b|\bdo\s+you\s+want\s+(?:me|us)\s+to\b|\bany\s+other\b|\bwhat\s+else\b|\bdoes\s+that\s+(?:work|suit|help)\b/i;

export function findClarifyingQuestions(sentences: Span[]): Span[] {
  return sentences.filter(
    (sentence) =>
      factFinding.test(sentence.text) &&
      !closingOffer.test(sentence.text) &&
      (/\?\s*$/.test(sentence.text) ||
        /\bplease\s+(?:tell|let me know|share|send|confirm|describe)\b/i.test(sentence.text)),
  );
}
