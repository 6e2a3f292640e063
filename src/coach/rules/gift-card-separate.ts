import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import { findAll } from "../text-spans";

const giftCard = /\b(?:e-?)?gift\s*(?:card|certificate|voucher|code)s?\b/gi;

export const giftCardSeparate: CoachRule = {
  id: "gift-card-separate",
  description:
    "A gift card mentioned in the follow-up or apology; it belongs in a separate, personal message",
  requirement: "R29",
  severity: "warning",
  check: ({ text, input }) => {
    // Bundled with an apology a gift card reads as payment for silence; alone it reads as a gift.
    if (input.stage !== "follow_up" && findGenuineApologies(text).length === 0) return [];
    return findAll(text, giftCard)
      .slice(0, 1)
      .map((span) => ({
        ruleId: "gift-card-separate",
        severity: "warning",
        message: "Send the gift card in its own personal message, not inside the follow-up or apology.",
        start: span.start,
        end: span.end,
        suggestion: "Remove it here and send a short separate note with the gift card.",
      }));
  },
};
