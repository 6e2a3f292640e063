import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

// What follows the apology word up to the end of the clause: "sorry [your order arrived late]".
const youFramedApology =
  /\b(?:sorry|apologi[sz]e|apologies|regret)\b(?:\s+(?:that|for|about|to hear(?:\s+(?:that|about))?|to learn(?:\s+that)?))?\s+((?:you|your|you're|you've)\b[^.!?\n;]*)/gi;
const firstPerson = /\b(?:I|I'm|I've|we|we're|we've|us|our|ours|my|me)\b/i;
// Feelings are the non-apology rule's business; flagging them twice would only add noise.
const feelings =
  /\b(?:feel|felt|feeling|think|thought|believe|upset|unhappy|disappointed|frustrated|offended)\b/i;

export const pronounBalance: CoachRule = {
  id: "pronoun-balance",
  description: "An apology framed on “you” instead of I/we/us",
  requirement: "R11",
  severity: "hint",
  check: ({ text }) =>
    findAll(text, youFramedApology)
      .filter((span) => {
        const clause = span.text.replace(/^\S+\s+/, "");
        return !firstPerson.test(clause) && !feelings.test(clause);
      })
      .map((span) => ({
        ruleId: "pronoun-balance",
        severity: "hint",
        message: `“${span.text.trim()}” puts the customer at the centre of the apology, not us.`,
        start: span.start,
        end: span.end,
        suggestion:
          "Make us the subject: “I'm sorry we kept you waiting” rather than “sorry you had to wait”.",
      })),
};
