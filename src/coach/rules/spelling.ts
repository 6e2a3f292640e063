import { isKnownWord } from "../check-spelling";
import type { CoachRule } from "../rule";
import { findAll, overlaps } from "../text-spans";

const notProse = /\{\{[^}]*\}\}|\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+|[@#]\w+/gi;

// dictionary-en is American; a British spelling is fine when its American form is a known word.
function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  return [
    lower.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1"),
    lower.replace(/ys(e|es|ed|ing)$/, "yz$1"),
    lower.replace(/our(s|ed|ing|ful|ite|ites|able)?$/, "or$1"),
    lower.replace(/ll(ed|ing|er|ers)$/, "l$1"),
    lower.replace(/tre(s)?$/, "ter$1"),
    lower.replace(/ogue(s)?$/, "og$1"),
    lower.replace(/ence$/, "ense"),
    lower.replace(/^re(?!-)/, "re-"),
  ].filter((form) => form !== lower);
}

function isBritishOrJoined(word: string): boolean {
  if (americanForms(word).some((form) => isKnownWord(form))) return true;
  // Hunspell lacks many prefixed forms ("rebooked", "unticked"); the stem tells us they are real.
  const prefixed = /^(re|un|pre|mis|over|under|non|co)([a-z]{4,})$/i.exec(word);
  return prefixed?.[2] ? isKnownWord(prefixed[2]) : false;
}

export const spelling: CoachRule = {
  id: "spelling",
  description: "Misspelled words (the organization's own product and brand names are allowed)",
  requirement: "R14",
  severity: "warning",
  check: ({ text, input, sentences, language }) => {
    const known = new Set(
      [
        ...(input.settings?.dictionaryWords ?? []),
        ...(input.customer?.name?.split(/\s+/) ?? []),
        input.customer?.firstName ?? "",
      ].map((word) => word.toLowerCase()),
    );
    const skipped = findAll(text, notProse);
    const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
    return language()
      .filter((message) => message.source === "spell")
      .filter((message) => {
        const word = message.actual;
        if (known.has(word.toLowerCase()) || /\d/.test(word) || /^\p{Lu}{2,6}s?$/u.test(word)) return false;
        if (skipped.some((span) => overlaps(span, message))) return false;
        if (isBritishOrJoined(word)) return false;
        // A capitalised unknown word mid-sentence is nearly always a name or a brand, not a typo.
        const before = text.slice(0, message.start).trimEnd();
        const startsSentence =
          before === "" || /[.!?:;)\]"“”\n-]$/.test(before) || sentenceStarts.has(message.start);
        return !(/^\p{Lu}/u.test(word) && !startsSentence);
      })
      .map((message) => ({
        ruleId: "spelling",
        severity: "warning",
        message: `“${message.actual}” looks misspelled.`,
        start: message.start,
        end: message.end,
        ...(message.expected.length > 0
          ? {
              suggestion: `Did you mean ${message.expected
                .slice(0, 3)
                .map((word) => `“${word}”`)
                .join(", ")}?`,
            }
          : {}),
      }));
  },
};
