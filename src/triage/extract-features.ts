import { countCauseCues } from "./cause-cues";
import { detectSarcasm } from "./detect-sarcasm";
import { type Lexicons, loadLexicons } from "./load-lexicons";
import { normalizeText } from "./normalize-text";
import { type Token, tokenizeText } from "./tokenize-text";
import { addWordVector, loadWordVectors, type WordVectors } from "./word-vectors";

// Sparse features shared by the default model, the organisation models and the explanations shown to
// agents. Word features are plain strings so a weight can be read back as "this word pushed it up".
export interface Features {
  keys: string[];
  values: number[];
  tokens: Token[];
  /** the text after artefact normalisation; token positions refer to it */
  text: string;
  sarcasm: boolean;
  /** plain-language cause cues per taxonomy key (cause-cues.ts) */
  cues: Map<string, number>;
  /** the words, lower-cased and space-separated, that character n-grams are taken from */
  gramText: string;
  /**
   * [start, end) pairs of negated words in `gramText`. Their character n-grams would tell the
   * unhappiness head the opposite of what the message means ("no complaints" is not a complaint), so
   * only the cause head sees n-grams that touch them ("never got my bag" still names the bag).
   */
  negatedSpans: number[];
  /** the default model's weight rows for `keys`, filled on first use */
  rows?: Array<Float64Array | undefined>;
  /** SIF-weighted mean of the words' pretrained vectors (word-vectors.ts); negated words count negatively */
  embedding: Float64Array;
  /** the default model's summed character n-gram and embedding weights (every head), filled on first use */
  gramSum?: Float64Array;
}

// The training data are tweets to six US airlines. Their names are dropped like @handles, and the
// airline-only nouns share one placeholder, so the model learns how people complain, not which brand
// or which kind of business they write to; that is what lets it carry over to shops, banks and hotels.
const BRANDS = new Set([
  "united",
  "unitedairlines",
  "jetblue",
  "southwest",
  "southwestair",
  "usairways",
  "usair",
  "airways",
  "americanair",
  "americanairlines",
  "american",
  "virginamerica",
  "virgin",
  "delta",
  "aa",
  "ua",
]);
const SERVICE_NOUNS = new Set([
  "flight",
  "flights",
  "flighted",
  "flightled",
  "plane",
  "planes",
  "aircraft",
  "airline",
  "airlines",
  "airport",
  "airports",
  "pilot",
  "pilots",
  "tarmac",
  "runway",
  "cockpit",
  "fly",
  "flying",
  "flew",
  "flyer",
  "flyers",
]);
export const SERVICE_PLACEHOLDER = "<svc>";

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "cannot",
  "cant",
  "can't",
  "dont",
  "don't",
  "didnt",
  "didn't",
  "doesnt",
  "doesn't",
  "wont",
  "won't",
  "isnt",
  "isn't",
  "wasnt",
  "wasn't",
  "arent",
  "aren't",
  "werent",
  "weren't",
  "havent",
  "haven't",
  "hasnt",
  "hasn't",
  "hadnt",
  "hadn't",
  "couldnt",
  "couldn't",
  "wouldnt",
  "wouldn't",
  "shouldnt",
  "shouldn't",
  "nothing",
  "nobody",
  "none",
  "neither",
  "nor",
  "without",
  "aint",
  "ain't",
]);

const BOOSTERS = new Set([
  "very",
  "so",
  "really",
  "extremely",
  "totally",
  "absolutely",
  "completely",
  "utterly",
  "super",
  "incredibly",
  "seriously",
  "truly",
  "beyond",
  "most",
  "such",
]);

// General complaint vocabulary (not airline words): a dense count that transfers to other businesses.
const COMPLAINT_CUES = new Set([
  "worst",
  "terrible",
  "awful",
  "horrible",
  "ridiculous",
  "unacceptable",
  "disappointed",
  "disappointing",
  "frustrating",
  "frustrated",
  "annoyed",
  "angry",
  "furious",
  "useless",
  "incompetent",
  "rude",
  "refund",
  "complaint",
  "complain",
  "waiting",
  "waited",
  "hold",
  "nobody",
  "broken",
  "delayed",
  "delay",
  "cancelled",
  "canceled",
  "lost",
  "missing",
  "charged",
  "overcharged",
  "scam",
  "fail",
  "failed",
  "poor",
  "sucks",
  "joke",
  "pathetic",
  "wrong",
  "problem",
  "issue",
  "ignored",
  "ignoring",
  "stuck",
  "stranded",
  "hours",
  "still",
  "again",
  "never",
  "disgusting",
  "disgrace",
  "shameful",
  "worse",
  "mess",
  "nightmare",
  "hassle",
  "cold",
  "dirty",
  "damaged",
  "defective",
  "late",
  "error",
  "unable",
  "denied",
  "misleading",
  "lied",
  "liars",
]);

const CLAUSE_BREAK_CHARS = /[.,;:()\n]/;
const SARCASM_HINT =
  /great|fantastic|wonderful|awesome|perfect|brilliant|lovely|nice|terrific|super|thank|love|yeah|so much for|just what|joke|dull/i;

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** about the longest tweet in the training data, in words */
const LONG_TEXT_WORDS = 32;
/** a negated word's vector counts against the mean ("not helpful" moves away from "helpful") */
const NEGATED_VECTOR = -0.5;

export function extractFeatures(
  rawText: string,
  lexicons: Lexicons = loadLexicons(),
  vectors: WordVectors = loadWordVectors(),
): Features {
  const text = normalizeText(rawText);
  const embedding = new Float64Array(vectors.dims);
  let embeddingWeight = 0;
  const tokens = tokenizeText(text);
  const keys: string[] = [];
  const values: number[] = [];
  const seen = new Set<string>();
  const add = (key: string, value = 1) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
    values.push(value);
  };

  let vaderNeg = 0;
  let vaderPos = 0;
  let afinnNeg = 0;
  let afinnPos = 0;
  let cues = 0;
  let shouted = 0;
  let words = 0;
  let exclaims = 0;
  let questions = 0;
  let elongated = 0;
  let negationLeft = 0;
  let previous = "<s>";
  let previousEnd = 0;
  let boost = 1;
  let gramText = " ";
  const negatedSpans: number[] = [];

  for (const token of tokens) {
    const gap = token.start - previousEnd;
    const broken =
      gap === 1
        ? text.charCodeAt(previousEnd) !== 32 && CLAUSE_BREAK_CHARS.test(text[previousEnd]!)
        : gap > 1 && CLAUSE_BREAK_CHARS.test(text.slice(previousEnd, token.start));
    if (broken || token.norm === "but") {
      negationLeft = 0;
      previous = "<b>";
    }
    previousEnd = token.end;
    let unit: string;
    switch (token.kind) {
      case "url":
      case "mention":
        continue;
      case "number":
        unit = "<num>";
        break;
      case "money":
        unit = "<money>";
        break;
      case "punct":
        unit = token.norm.includes("!") ? "!" : "?";
        if (unit === "!") exclaims += token.norm.length;
        else questions += 1;
        negationLeft = 0;
        break;
      default:
        unit = token.norm;
        if (BRANDS.has(unit)) continue;
        if (SERVICE_NOUNS.has(unit)) unit = SERVICE_PLACEHOLDER;
    }
    const negated = negationLeft > 0;
    if (negated && token.kind === "word") negatedSpans.push(gramText.length, gramText.length + unit.length);
    gramText +=
      unit === SERVICE_PLACEHOLDER ? "* " : unit === "<num>" ? "0 " : unit === "<money>" ? "$ " : `${unit} `;
    if (token.kind === "word" || token.kind === "hashtag") {
      words += 1;
      if (token.shouted) shouted += 1;
      if (token.elongated) elongated += 1;
      if (COMPLAINT_CUES.has(unit)) cues += 1;
    }
    if ((token.kind === "word" || token.kind === "hashtag") && unit !== SERVICE_PLACEHOLDER) {
      const v = vectors.index.get(unit);
      if (v !== undefined) {
        const w = vectors.weight[v]!;
        addWordVector(vectors, v, negated ? NEGATED_VECTOR * w : w, embedding);
        embeddingWeight += w;
      }
    }
    add(negated ? `~${unit}` : unit);
    add(`${previous} ${unit}`);
    const vader = lexicons.vader.get(unit);
    const afinn = lexicons.afinn.get(unit);
    if (vader !== undefined || afinn !== undefined) {
      const flip = negated ? -0.74 : 1;
      const v = (vader ?? 0) * flip * boost;
      const a = (afinn ?? (vader ?? 0) * 1.2) * flip * boost;
      if (v < 0) vaderNeg += v;
      else vaderPos += v;
      if (a < 0) afinnNeg += a;
      else afinnPos += a;
    }
    boost = BOOSTERS.has(unit) ? 1.3 : 1;
    if (NEGATORS.has(unit)) negationLeft = 3;
    else if (negationLeft > 0 && token.kind === "word") negationLeft -= 1;
    previous = unit;
  }
  add(`${previous} </s>`);

  // Every sparse feature counts once, so a 200-word review would sum ten times the evidence of a tweet
  // and get an extreme score either way; beyond tweet length the word evidence shrinks like 1/√words.
  const shrink = words > LONG_TEXT_WORDS ? Math.sqrt(LONG_TEXT_WORDS / words) : 1;
  if (shrink < 1) {
    for (let i = 0; i < values.length; i++) values[i]! *= shrink;
    vaderNeg *= shrink;
    vaderPos *= shrink;
    afinnNeg *= shrink;
    afinnPos *= shrink;
    cues *= shrink;
  }
  const sarcasm = SARCASM_HINT.test(text) && detectSarcasm(text).length > 0;
  const vaderSum = vaderNeg + vaderPos;
  add("#vader_neg", Math.max(-3, vaderNeg / 4));
  add("#vader_pos", Math.min(3, vaderPos / 4));
  add("#vader_compound", vaderSum / Math.sqrt(vaderSum * vaderSum + 15));
  add("#afinn_neg", Math.max(-3, afinnNeg / 5));
  add("#afinn_pos", Math.min(3, afinnPos / 5));
  add("#cues", Math.min(4, cues) / 2);
  add("#exclaim", Math.min(3, exclaims) / 3);
  add("#question", Math.min(2, questions) / 2);
  add("#shouted", words > 0 ? Math.min(1, (shouted / words) * 3) : 0);
  add("#elongated", Math.min(2, elongated) / 2);
  add("#sarcasm", sarcasm ? 1 : 0);
  add("#length", Math.log1p(words) / 4);
  add("#polarity_sign", sign(vaderSum));
  // The cause cues are features too (only when present), so the learned cause head maps "refund",
  // "on hold" or "parcel" to its own labels, and those words keep working for other businesses.
  const causeCues = countCauseCues(tokens);
  for (const [key, n] of [...causeCues].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    add(`#cue_${key}`, Math.min(3, n) / 2);
  if (embeddingWeight > 0) for (let d = 0; d < embedding.length; d++) embedding[d]! /= embeddingWeight;
  return { keys, values, tokens, text, sarcasm, gramText, negatedSpans, cues: causeCues, embedding };
}
