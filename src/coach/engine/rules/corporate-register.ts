import { findCorporatePhrases } from "../find-corporate-phrases";
import type { CoachRule } from "../rule";

export const corporateRegister: CoachRule = {
  id: "corporate-register",
  description:
    "Canned corporate phrases: “any inconvenience”, policy as the answer, “as per”, “kindly note”, “we value your business”, “we regret to inform you”, a bare “we understand your frustration”, “unfortunately” with no alternative",
  requirement: "R11",
  severity: "blocker",
  check: ({ text }) =>
    findCorporatePhrases(text).map((phrase) => ({
      ruleId: "corporate-register",
      severity: "blocker",
      message: `“${phrase.text.trim()}”: ${phrase.why}.`,
      start: phrase.start,
      end: phrase.end,
      suggestion: phrase.better,
    })),
};
