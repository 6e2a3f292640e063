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
    lower.replace(/que(s)?$/, "ck$1"), // cheque
    lower.replace(/amme(s)?$/, "am$1"), // programme
    lower.replace(/yre(s)?$/, "ire$1"), // tyre
    lower.replace(/ise(s|d)?$/, "ice$1"), // practise
    lower.replace(/ae/, "e"), // paediatric
    lower.replace(/oe/, "e"), // oestrogen, manoeuvre
    lower.replace(/oeuvre(s|d)?$/, "euver$1"),
    lower.replace(/our(?=[a-z])/, "or"), // behaviour, neighbourhood
    lower.replace(/l(ment|ments)$/, "ll$1"), // enrolment, fulfilment
    lower.replace(/([^l])l(s)?$/, "$1ll$2"), // enrol, fulfil
    lower.replace(/ll(ery|or|ors|ing|ed)$/, "l$1"), // jewellery, counsellor
    lower.replace(/ell(ery)$/, "el$1").replace(/elery$/, "elry"),
    lower.replace(/gement$/, "gment"), // judgement
    lower.replace(/eing$/, "ing"), // ageing, queueing
    lower.replace(/ught$/, "ft"), // draught
    lower.replace(/ou(ld|lder|lt)$/, "o$1"), // mould, smoulder
    lower.replace(/ph/, "f"), // sulphur
    lower.replace(/^arte/, "arti"), // artefact
    lower.replace(/^en(quir)/, "in$1"), // enquiry
    lower.replace(/ey$/, "ay"), // grey
    lower.replace(/ium$/, "um"), // aluminium
  ].filter((form) => form !== lower);
}

// British words whose American form no spelling rule reaches.
const britishWords = new Set(
  "kerb kerbs storey storeys cosy plough ploughed pyjamas aeroplane aeroplanes sceptical amongst whilst learnt spelt dreamt burnt leapt speciality specialities maths fortnight fortnightly lorry lorries postcode postcodes mum tyre tyres cheque cheques chequebook programme programmes".split(
    " ",
  ),
);

export function isBritishOrJoined(word: string): boolean {
  if (britishWords.has(word.toLowerCase())) return true;
  if (americanForms(word).some((form) => isKnownWord(form))) return true;
  // Hunspell lacks many prefixed forms ("rebooked", "unticked"); the stem tells us they are real.
  const prefixed = /^(re|un|pre|mis|over|under|non|co)([a-z]{4,})$/i.exec(word);
  if (prefixed?.[2] && isKnownWord(prefixed[2])) return true;
  // Closed compounds the dictionary lacks ("chargeback", "checkout"): two known words of 4+ letters.
  for (let cut = 4; cut <= word.length - 4; cut++) {
    if (isKnownWord(word.slice(0, cut)) && isKnownWord(word.slice(cut))) return true;
  }
  return false;
}

export const spelling: CoachRule = {
  id: "spelling",
  description: "Misspelled words (the organization's own product and brand names are allowed)",
  requirement: "R14",
  severity: "warning",
  check: ({ text, input, language }) => {
    const known = new Set(
      [
        ...(input.settings?.dictionaryWords ?? []),
        ...(input.customer?.name?.split(/\s+/) ?? []),
        input.customer?.firstName ?? "",
      ].map((word) => word.toLowerCase()),
    );
    const skipped = findAll(text, notProse);
    return language()
      .filter((message) => message.source === "spell")
      .filter((message) => {
        const word = message.actual;
        if (known.has(word.toLowerCase()) || /\d/.test(word) || /^\p{Lu}{2,6}s?$/u.test(word)) return false;
        if (skipped.some((span) => overlaps(span, message))) return false;
        if (isBritishOrJoined(word)) return false;
        // The suffix of an ordinal or a measure ("25th", "10kg") is not a word.
        if (/\d$/.test(text.slice(0, message.start))) return false;
        // A capitalised unknown word is nearly always a name, a place or a brand — in a greeting,
        // a sign-off or at the start of a sentence as much as mid-sentence. Missing the odd
        // capitalised typo costs less than nagging an agent about every customer's name.
        return !/^\p{Lu}/u.test(word);
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
