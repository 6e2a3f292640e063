import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

const emoticons =
  /(?<![\w/])(?:[:;=][-'^o]?[)(\][dDpP3/\\|*]|<3|\^_\^|[xX][dD](?!\w)|:'\()(?![\w])|(?![©®™‼⁉])\p{Extended_Pictographic}/gu;

export const emoticon: CoachRule = {
  id: "emoticon",
  description: "Emoticons or emoji in an email or on a formal case",
  requirement: "R14",
  severity: "warning",
  check: ({ text, input }) => {
    if (input.channel !== "email" && !input.case?.formal) return [];
    const where = input.case?.formal ? "on a formal case" : "in an email";
    return findAll(text, emoticons).map((span) => ({
      ruleId: "emoticon",
      severity: "warning",
      message: `“${span.text}” reads as flippant ${where} to an upset customer.`,
      start: span.start,
      end: span.end,
      suggestion: "Let the words carry the warmth; leave emoticons for casual social replies.",
    }));
  },
};
