import { detectSarcasm } from "./detect-sarcasm";
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
const SARCASM_HINT =
  /great|fantastic|wonderful|awesome|perfect|brilliant|lovely|nice|terrific|super|thank|love|yeah|so much for|just what|joke|dull/i;

function spans(text: string, pattern: RegExp, kind: IntensityMarker["kind"]): IntensityMarker[] {
  return [...text.matchAll(pattern)].map((m) => ({
    kind,
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function measureIntensity(options: { text: string; tokens: Token[] }): {
  score: number;
  markers: IntensityMarker[];
} {
  const { text, tokens } = options;
  const markers: IntensityMarker[] = [];
  for (const token of tokens) {
    if (
      token.shouted &&
      !ACRONYMS.has(token.norm) &&
      (token.norm.length >= 4 || /^[a-z]+$/.test(token.norm))
    ) {
      markers.push({
        kind: "capitals",
        text: text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
      });
    }
    if (token.elongated && token.kind === "word") {
      markers.push({
        kind: "elongation",
        text: text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
      });
    }
  }
  const capitals = markers.filter((m) => m.kind === "capitals").length;
  // one capitalised word is emphasis or an acronym we did not list; two or more is shouting
  if (capitals === 1)
    markers.splice(
      markers.findIndex((m) => m.kind === "capitals"),
      1,
    );
  if (text.includes("!!") || text.includes("??") || text.includes("?!") || text.includes("!?")) {
    markers.push(...spans(text, PUNCTUATION_RUN, "punctuation"));
  }
  if (PROFANITY_HINT.test(text)) markers.push(...spans(text, PROFANITY, "profanity"));
  if (INSULT_HINT.test(text)) markers.push(...spans(text, INSULTS, "insult"));
  if (tokens.some((t) => t.kind === "emoji")) markers.push(...spans(text, ANGRY_EMOJI, "angry_emoji"));
  if (SARCASM_HINT.test(text)) for (const s of detectSarcasm(text)) markers.push({ kind: "sarcasm", ...s });

  const count = (kind: IntensityMarker["kind"]) => markers.filter((m) => m.kind === kind).length;
  const raw =
    0.25 * Math.min(4, count("capitals")) +
    0.35 * Math.min(3, count("punctuation")) +
    0.9 * Math.min(3, count("profanity")) +
    0.7 * Math.min(3, count("insult")) +
    0.2 * Math.min(2, count("elongation")) +
    0.5 * Math.min(2, count("angry_emoji")) +
    0.3 * Math.min(1, count("sarcasm"));
  markers.sort((a, b) => a.start - b.start);
  return { score: Math.round((1 - Math.exp(-raw / 1.2)) * 1000) / 1000, markers };
}
