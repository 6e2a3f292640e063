import { allMatches } from "./all-matches";
import { detectSarcasm, type SarcasmMatch } from "./detect-sarcasm";
import type { IntensityMarker } from "./schema";
import type { Token } from "./tokenize-text";

// Anger shows in form as much as in words: shouting, piled-up punctuation, swearing, insults.
const ACRONYMS = new Set([
  "usa",
  "tsa",
  "faa",
  "atl",
  "lax",
  "jfk",
  "lga",
  "ord",
  "sfo",
  "dfw",
  "dca",
  "iad",
  "bos",
  "sea",
  "den",
  "phx",
  "las",
  "mco",
  "ewr",
  "clt",
  "iah",
  "mia",
  "msp",
  "dtw",
  "phl",
  "bwi",
  "slc",
  "san",
  "tpa",
  "pdx",
  "aus",
  "nyc",
  "ceo",
  "faq",
  "atm",
  "pin",
  "sms",
  "usb",
  "ups",
  "dhl",
  "fedex",
  "usps",
  "vip",
  "asap",
  "url",
  "diy",
  "gps",
  "wifi",
  "nba",
  "nfl",
  "tv",
  "pm",
  "am",
  "ok",
  "okay",
  "lol",
  "omg",
  "fyi",
  "dm",
]);
const PROFANITY =
  /\b(?:f+u+c+k+\w*|f[*#@]+\w*|fck\w*|fk\w*|sh[i*!1]t+\w*|bullsh\w*|bs\b|wtf|ffs|stfu|damn\w*|goddamn\w*|crap\w*|pissed|piss\w*|hell\b|bloody|bastard\w*|bitch\w*|a+ss+hole\w*|arse\w*|dick\w*|screw(?:ed)?\s+(?:you|over|me|us))/gi;
const INSULTS =
  /\b(?:idiots?|morons?|moronic|stupid|incompetent|incompetence|useless|pathetic|clowns?|clueless|worthless|garbage|trash|rubbish|hopeless|liars?|lying|thie(?:f|ves)|crooks?|scam(?:mers?)?|fraud(?:sters?)?|disgrace(?:ful)?|dumb|shame on you|joke of a|amateurs?|losers?)\b/gi;
const PUNCTUATION_RUN = /[!?]{2,}|!{1,}\?+!*|\?+!+/g;
const ANGRY_EMOJI = /[\u{1F621}\u{1F92C}\u{1F620}\u{1F44E}\u{1F4A9}\u{1F595}\u{1F624}\u{1F612}\u{1F644}]/gu;

// Cheap pre-tests: the full patterns only run when a telling fragment is present.
const PROFANITY_HINT =
  /f[u*#@c]|sh[i*!1]|bs|wt|ff|st|damn|crap|piss|hell|bloody|bast|bitch|ss|arse|dick|screw/i;
const INSULT_HINT =
  /idiot|moron|stupid|incompet|useless|pathetic|clown|clueless|worthless|garbage|trash|rubbish|hopeless|lia|lying|thie|crook|scam|fraud|disgrace|dumb|shame|joke|amateur|loser/i;

function pushMatches(
  markers: IntensityMarker[],
  text: string,
  pattern: RegExp,
  kind: IntensityMarker["kind"],
): number {
  let found = 0;
  for (const m of allMatches(text, pattern)) {
    markers.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
    found += 1;
  }
  return found;
}

function hasEmoji(tokens: Token[]): boolean {
  for (const token of tokens) if (token.kind === "emoji") return true;
  return false;
}

export function measureIntensity(options: {
  text: string;
  tokens: Token[];
  /** the message's sarcasm when the caller found it already (extractFeatures does) */
  sarcasm?: SarcasmMatch[];
}): {
  score: number;
  markers: IntensityMarker[];
} {
  const { text, tokens } = options;
  const markers: IntensityMarker[] = [];
  let capitals = 0;
  let firstCapital = -1;
  let elongations = 0;
  for (const token of tokens) {
    if (
      token.shouted &&
      !ACRONYMS.has(token.norm) &&
      (token.norm.length >= 4 || /^[a-z]+$/.test(token.norm))
    ) {
      if (capitals === 0) firstCapital = markers.length;
      capitals += 1;
      markers.push({
        kind: "capitals",
        text: text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
      });
    }
    if (token.elongated && token.kind === "word") {
      elongations += 1;
      markers.push({
        kind: "elongation",
        text: text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
      });
    }
  }
  // one capitalised word is emphasis or an acronym we did not list; two or more is shouting
  if (capitals === 1) {
    markers.splice(firstCapital, 1);
    capitals = 0;
  }
  let punctuation = 0;
  if (text.includes("!!") || text.includes("??") || text.includes("?!") || text.includes("!?")) {
    punctuation = pushMatches(markers, text, PUNCTUATION_RUN, "punctuation");
  }
  const profanity = PROFANITY_HINT.test(text) ? pushMatches(markers, text, PROFANITY, "profanity") : 0;
  const insults = INSULT_HINT.test(text) ? pushMatches(markers, text, INSULTS, "insult") : 0;
  const angryEmoji = hasEmoji(tokens) ? pushMatches(markers, text, ANGRY_EMOJI, "angry_emoji") : 0;
  const sarcasmMatches = options.sarcasm ?? detectSarcasm(text);
  for (const s of sarcasmMatches) markers.push({ kind: "sarcasm", text: s.text, start: s.start, end: s.end });
  const sarcasm = sarcasmMatches.length;

  const raw =
    0.25 * Math.min(4, capitals) +
    0.35 * Math.min(3, punctuation) +
    0.9 * Math.min(3, profanity) +
    0.7 * Math.min(3, insults) +
    0.2 * Math.min(2, elongations) +
    0.5 * Math.min(2, angryEmoji) +
    0.3 * Math.min(1, sarcasm);
  if (markers.length > 1) markers.sort((a, b) => a.start - b.start);
  return { score: Math.round((1 - Math.exp(-raw / 1.2)) * 1000) / 1000, markers };
}
