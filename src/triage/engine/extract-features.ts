import { countCauseCues } from "./cause-cues";
import { detectSarcasm, type SarcasmMatch } from "./detect-sarcasm";
import { type Lexicons, loadLexicons } from "./load-lexicons";
import { normalizeText } from "./normalize-text";
import { type Token, tokenizeText } from "./tokenize-text";
import { BOOSTER, BRAND, COMPLAINT, NEGATOR, SERVICE, SERVICE_PLACEHOLDER, wordTable } from "./word-lists";
import { loadWordVectors, type WordVectors } from "./word-vectors";

// Sparse features shared by the default model, the organisation models and the explanations shown to
// agents. Word features are plain strings so a weight can be read back as "this word pushed it up".
export interface Features {
  keys: string[];
  values: number[];
  tokens: Token[];
  /** the text after artefact normalisation; token positions refer to it */
  text: string;
  /** sarcasm the patterns catch (detect-sarcasm.ts), also shown as intensity markers */
  sarcasm: SarcasmMatch[];
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
  /**
   * The words that have a pretrained vector (word-vectors.ts), as flat (word index, weight) pairs: the
   * message's mean vector is Σ weight·vector / `vectorTotal`. Kept as pairs so that inference can use each
   * word's precomputed logits instead of adding 100-number vectors (default-model.ts).
   */
  vectorWords: number[];
  vectorTotal: number;
  /** the default model's summed character n-gram and embedding weights (every head), filled on first use */
  gramSum?: Float64Array;
}

const CLAUSE_BREAK_CHARS = /[.,;:()\n]/;

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
  const table = wordTable(lexicons, vectors);
  const vectorWords: number[] = [];
  let vectorTotal = 0;
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
    let id = -1;
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
        id = table.index.get(unit) ?? -1;
        if (id >= 0 && (table.flags[id]! & (BRAND | SERVICE)) !== 0) {
          if ((table.flags[id]! & BRAND) !== 0) continue;
          unit = SERVICE_PLACEHOLDER;
          id = -1;
        }
    }
    const flags = id >= 0 ? table.flags[id]! : 0;
    const negated = negationLeft > 0;
    const isWord = token.kind === "word" || token.kind === "hashtag";
    if (negated && token.kind === "word") negatedSpans.push(gramText.length, gramText.length + unit.length);
    gramText +=
      unit === SERVICE_PLACEHOLDER ? "* " : unit === "<num>" ? "0 " : unit === "<money>" ? "$ " : `${unit} `;
    if (isWord) {
      words += 1;
      if (token.shouted) shouted += 1;
      if (token.elongated) elongated += 1;
      if ((flags & COMPLAINT) !== 0) cues += 1;
      const v = id >= 0 ? table.vector[id]! : -1;
      if (v >= 0) {
        const w = vectors.weight[v]!;
        vectorWords.push(v, negated ? NEGATED_VECTOR * w : w);
        vectorTotal += w;
      }
    }
    add(negated ? `~${unit}` : unit);
    add(`${previous} ${unit}`);
    if (id >= 0) {
      const hasVader = !Number.isNaN(table.vader[id]!);
      const hasAfinn = !Number.isNaN(table.afinn[id]!);
      if (hasVader || hasAfinn) {
        const vader = hasVader ? table.vader[id]! : 0;
        const flip = negated ? -0.74 : 1;
        const v = vader * flip * boost;
        const a = (hasAfinn ? table.afinn[id]! : vader * 1.2) * flip * boost;
        if (v < 0) vaderNeg += v;
        else vaderPos += v;
        if (a < 0) afinnNeg += a;
        else afinnPos += a;
      }
    }
    boost = (flags & BOOSTER) !== 0 ? 1.3 : 1;
    if ((flags & NEGATOR) !== 0) negationLeft = 3;
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
  const sarcasm = detectSarcasm(text);
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
  add("#sarcasm", sarcasm.length > 0 ? 1 : 0);
  add("#length", Math.log1p(words) / 4);
  add("#polarity_sign", sign(vaderSum));
  // The cause cues are features too (only when present), so the learned cause head maps "refund",
  // "on hold" or "parcel" to its own labels, and those words keep working for other businesses.
  const causeCues = countCauseCues(tokens);
  for (const [key, n] of [...causeCues].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    add(`#cue_${key}`, Math.min(3, n) / 2);
  return {
    keys,
    values,
    tokens,
    text,
    sarcasm,
    gramText,
    negatedSpans,
    cues: causeCues,
    vectorWords,
    vectorTotal,
  };
}
