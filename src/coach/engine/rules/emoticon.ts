import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

const emoticons =
  /(?<![\w/])(?:[:;=][-'^o]?[)(\][dDpP3/\\|*]|<3|\^_\^|[xX][dD](?!\w)|:'\()(?![\w])|(?![©®™‼⁉])\p{Extended_Pictographic}/gu;

export const emoticon: CoachRule = {
  id: "emoticon",
  description:
    "Emoticons or emoji in an email, on a formal case, or on social/SMS when the customer wrote without any",
  requirement: "R14",
  severity: "warning",
  check: ({ text, input }) => {
    const customerWroteWithout =
      input.customerMessage !== undefined && findAll(input.customerMessage, emoticons).length === 0;
    if (input.channel !== "email" && !input.case?.formal && !customerWroteWithout) return [];
    const where = input.case?.formal
      ? "on a formal case"
      : input.channel === "email"
        ? "in an email"
        : "to a customer who wrote without any";
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
