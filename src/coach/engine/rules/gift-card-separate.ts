import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import { findAll, overlaps } from "../text-spans";

const giftCard = /\b(?:e-?)?gift\s*(?:card|certificate|voucher|code)s?\b/gi;
// A voucher we hand over ("a £25 voucher", "I've enclosed a voucher for…") is a gift card by another
// name; a voucher the customer already had ("we sold you an expired voucher") is not.
const givenVoucher =
  /(?:[£$€]\s?\d+(?:[.,]\d+)?|\b\d+\s?(?:pounds|dollars|euros|%))\s+(?:[\w-]+\s+){0,2}?(?:vouchers?|coupons?|(?:dining|shopping|store|spa)\s+cards?)\b|\b(?:enclos\w*|attach\w*|add\w*|sen[dt]\w*|includ\w*|here(?:'s|\s+is)|giv\w*|load\w*\s+(?:a|an)|treat\s+you\s+to|offer\w*|post\w*)\s+(?:you\s+)?(?:(?:a|an|this|our)\s+)?(?:[\w£$€.-]+\s+){0,3}?(?:vouchers?|coupons?)\b/gi;

export const giftCardSeparate: CoachRule = {
  id: "gift-card-separate",
  description:
    "A gift card mentioned in the follow-up or apology; it belongs in a separate, personal message",
  requirement: "R29",
  severity: "warning",
  check: ({ text, input }) => {
    // Bundled with an apology a gift card reads as payment for silence; alone it reads as a gift.
    if (input.stage !== "follow_up" && findGenuineApologies(text).length === 0) return [];
    const cards = findAll(text, giftCard);
    const vouchers = findAll(text, givenVoucher).filter(
      (span) => !cards.some((card) => overlaps(card, span)),
    );
    return [...cards, ...vouchers]
      .sort((a, b) => a.start - b.start)
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
