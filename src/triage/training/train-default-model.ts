import type { DefaultModelArtefact } from "../engine/default-model";
import { DEFAULT_TAXONOMY_KEYS } from "../engine/schema";
import { seededShuffle } from "../engine/seeded-random";
import type { SupportTweet } from "./read-support-tweets";
import { trainCauseHead } from "./train-cause";
import { type TrainingExample, trainLinear } from "./train-linear";
import {
  dropRareGrams,
  EMBEDDING_PREFIX,
  EMBEDDING_SCALE,
  GRAM_MIN_DOCS,
  GRAM_PREFIX,
  GRAM_SCALE,
  trainingFeatures,
} from "./training-features";

// Builds the default model from the airline tweets' training split and the labelled support tweets.
// Pure: rows in, artefact out, so the command that wraps it is reproducible byte for byte.
export const DEFAULT_MODEL_VERSION = "default-2026.11.1";

export const SENTIMENT_CLASSES = ["neutral", "unhappy", "happy"] as const;

/** Airline reasons → Mend's default taxonomy (documented in docs/triage.md). */
export const AIRLINE_CAUSE_TO_TAXONOMY: Record<string, string> = {
  "Customer Service Issue": "staff_attitude",
  "Flight Attendant Complaints": "staff_attitude",
  "Late Flight": "delivery_logistics",
  "Cancelled Flight": "delivery_logistics",
  "Lost Luggage": "delivery_logistics",
  "Damaged Luggage": "delivery_logistics",
  "Bad Flight": "product_quality",
  "Flight Booking Problems": "billing",
  longlines: "wait_misrouting",
  "Can't Tell": "other",
};

export function isAirlineTestId(tweetId: string): boolean {
  return /[05]$/.test(tweetId.trim());
}

export interface AirlineRow {
  tweet_id: string;
  airline_sentiment: string;
  airline_sentiment_confidence: string;
  negativereason: string;
  negativereason_confidence?: string;
  text: string;
}

const SEED = 20261101;
const FOLDS = 4;
const SENTIMENT_SETTINGS = {
  epochs: 6,
  l2: 1e-4,
  l1: 0.002,
  learningRate: 0.02,
  minCount: 2,
};
/** weights whose largest absolute value is below these are dropped from the artefact */
const PRUNE = {
  sentimentWords: 0.04,
  causeWords: 0.06,
  sentimentGrams: 0.05,
  causeGrams: 0.1,
};

function sentimentClass(label: string): number {
  if (label === "negative") return 1;
  if (label === "positive") return 2;
  return 0;
}

/** Naive-Bayes log-count ratios (unhappy vs the rest): rare-but-telling words get larger values. */
function nbRatios(examples: TrainingExample[]): Map<string, number> {
  const unhappy = new Map<string, number>();
  const rest = new Map<string, number>();
  let nUnhappy = 0;
  let nRest = 0;
  for (const example of examples) {
    const counts = example.label === 1 ? unhappy : rest;
    if (example.label === 1) nUnhappy++;
    else nRest++;
    for (const key of example.keys) if (!key.startsWith("#")) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ratios = new Map<string, number>();
  for (const key of new Set([...unhappy.keys(), ...rest.keys()])) {
    const r =
      Math.log(((unhappy.get(key) ?? 0) + 1) / (nUnhappy + 1)) -
      Math.log(((rest.get(key) ?? 0) + 1) / (nRest + 1));
    ratios.set(key, Math.abs(r));
  }
  return ratios;
}

function scaleByRatios(example: TrainingExample, ratios: Map<string, number>): TrainingExample {
  const values = example.values.map((v, i) => {
    const key = example.keys[i]!;
    return key.startsWith("#") ? v : (ratios.get(key) ?? 0) * v;
  });
  return { ...example, values };
}

function unhappyLogit(bias: number[], weights: Map<string, number[]>, example: TrainingExample): number {
  const z = bias.slice();
  example.keys.forEach((key, i) => {
    const w = weights.get(key);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * example.values[i]!;
  });
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const p = Math.min(1 - 1e-9, Math.max(1e-9, e[1]! / e.reduce((a, b) => a + b, 0)));
  return Math.log(p / (1 - p));
}

/** One-dimensional logistic fit p = σ(a·z + b) by Newton's method. */
export function fitPlatt(scores: { z: number; y: number }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0,
      gb = 0,
      haa = 0,
      hab = 0,
      hbb = 0;
    for (const { z, y } of scores) {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const r = p - y;
      const s = p * (1 - p) + 1e-12;
      ga += r * z;
      gb += r;
      haa += s * z * z;
      hab += s * z;
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return { a, b };
}

function bestF1Threshold(scores: { p: number; y: number }[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const { p, y } of scores) {
      if (p >= t && y) tp++;
      else if (p >= t) fp++;
      else if (y) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best.threshold;
}

/** three decimals (the weights are O(0.1–1): 4 significant digits would only add bytes), and no "-0" */
function threeDecimals(x: number): number {
  const y = Math.round(x * 1000) / 1000;
  return y === 0 ? 0 : y;
}

function round(weights: Map<string, number[]>, minAbs: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of [...weights.keys()].sort()) {
    const w = weights.get(key)!;
    if (!key.startsWith("#") && Math.max(...w.map(Math.abs)) < minAbs) continue;
    out[key] = w.map((x) => (Math.abs(x) < minAbs && !key.startsWith("#") ? 0 : threeDecimals(x)));
  }
  return out;
}

function trainSentiment(examples: TrainingExample[]) {
  return trainLinear({ examples, classes: 3, seed: SEED, ...SENTIMENT_SETTINGS });
}

const SUPPORT_LABEL_TO_SENTIMENT = { unhappy: "negative", happy: "positive", neutral: "neutral" } as const;

export function trainDefaultModel(options: {
  rows: AirlineRow[];
  sha256: string;
  /** customer tweets to other businesses with Mend's labels; their causes are taxonomy keys */
  supportTweets?: SupportTweet[];
  supportSha256?: string;
}): DefaultModelArtefact {
  const seen = new Set<string>();
  const airline = options.rows.filter((row) => {
    if (isAirlineTestId(row.tweet_id) || seen.has(row.tweet_id)) return false;
    seen.add(row.tweet_id);
    return true;
  });
  // One labelling, one annotator: full weight, like an airline tweet the crowd agreed on.
  const support = options.supportTweets ?? [];
  const rows: AirlineRow[] = [
    ...airline,
    ...support.map((tweet) => ({
      tweet_id: `support:${tweet.id}`,
      airline_sentiment: SUPPORT_LABEL_TO_SENTIMENT[tweet.label],
      airline_sentiment_confidence: "1",
      negativereason: tweet.cause ?? "",
      negativereason_confidence: "1",
      text: tweet.text,
    })),
  ];
  const both = rows.map((row) => trainingFeatures(row.text));
  const features = dropRareGrams(
    both.map((f) => f.sentiment),
    GRAM_MIN_DOCS,
  );
  const causeFeatures = dropRareGrams(
    both.map((f) => f.cause),
    GRAM_MIN_DOCS,
  );
  const raw: TrainingExample[] = rows.map((row, i) => ({
    keys: features[i]!.keys,
    values: features[i]!.values,
    label: sentimentClass(row.airline_sentiment),
    // annotators' agreement: uncertain labels teach less
    weight: Number(row.airline_sentiment_confidence) || 0.5,
  }));

  const order = seededShuffle(
    raw.map((_, i) => i),
    SEED,
  );
  const outOfFold: { z: number; y: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(order.filter((_, i) => i % FOLDS === fold));
    const fit = raw.filter((_, i) => !held.has(i));
    const ratios = nbRatios(fit);
    const model = trainSentiment(fit.map((e) => scaleByRatios(e, ratios)));
    for (const i of held) {
      const example = scaleByRatios(raw[i]!, ratios);
      outOfFold.push({ z: unhappyLogit(model.bias, model.weights, example), y: raw[i]!.label === 1 ? 1 : 0 });
    }
  }
  const calibration = fitPlatt(outOfFold);
  const threshold = bestF1Threshold(
    outOfFold.map(({ z, y }) => ({ p: 1 / (1 + Math.exp(-(calibration.a * z + calibration.b))), y })),
  );

  const ratios = nbRatios(raw);
  const sentiment = trainSentiment(raw.map((e) => scaleByRatios(e, ratios)));
  const folded = new Map<string, number[]>();
  for (const [key, w] of sentiment.weights) {
    const r = key.startsWith("#") ? 1 : (ratios.get(key) ?? 0);
    folded.set(
      key,
      w.map((x) => x * r),
    );
  }

  // The airline reasons and, when support tweets teach them, the taxonomy keys themselves: one head, so a
  // shop's complaint can be "billing" directly instead of only through an airline reason.
  const causeLabels = [
    ...Object.keys(AIRLINE_CAUSE_TO_TAXONOMY).sort(),
    ...(support.some((t) => t.cause) ? DEFAULT_TAXONOMY_KEYS : []),
  ];
  const causeExamples: TrainingExample[] = [];
  rows.forEach((row, i) => {
    const label = causeLabels.indexOf(row.negativereason);
    if (row.airline_sentiment !== "negative" || label < 0) return;
    // the annotators' agreement on the reason: a reason they could not agree on teaches less
    const weight = Number(row.negativereason_confidence) || 0.5;
    causeExamples.push({ keys: causeFeatures[i]!.keys, values: causeFeatures[i]!.values, label, weight });
  });
  const cause = trainCauseHead(causeExamples, causeLabels.length, SEED);

  // Word features and character n-grams are stored apart (n-grams are looked up by hash).
  const split = (weights: Map<string, number[]>) => {
    const words = new Map<string, number[]>();
    const grams = new Map<string, number[]>();
    const dense: number[][] = [];
    for (const [key, w] of weights) {
      if (key.startsWith(GRAM_PREFIX)) grams.set(key.slice(GRAM_PREFIX.length), w);
      else if (key.startsWith(EMBEDDING_PREFIX))
        dense[Number(key.slice(EMBEDDING_PREFIX.length))] = w.map((x) => threeDecimals(x * EMBEDDING_SCALE));
      else words.set(key, w);
    }
    return { words, grams, dense };
  };
  const sentimentSplit = split(folded);
  const causeSplit = split(cause.weights);

  return {
    version: DEFAULT_MODEL_VERSION,
    trainedOn: {
      source: "airline-tweets.csv (training split: tweet_id not ending in 0 or 5)",
      sha256: options.sha256,
      rows: airline.length,
      note: "lexicon features from vader-sentiment and AFINN-165 (sentiment package)",
      ...(support.length > 0
        ? { support: { sha256: options.supportSha256 ?? "", rows: support.length } }
        : {}),
    },
    sentiment: {
      classes: [...SENTIMENT_CLASSES],
      bias: sentiment.bias.map((x) => Math.round(x * 1000) / 1000),
      weights: round(sentimentSplit.words, PRUNE.sentimentWords),
      calibration: { a: Math.round(calibration.a * 1e4) / 1e4, b: Math.round(calibration.b * 1e4) / 1e4 },
      threshold,
    },
    cause: {
      classes: causeLabels,
      bias: cause.bias.map((x) => Math.round(x * 1000) / 1000),
      weights: round(causeSplit.words, PRUNE.causeWords),
      taxonomyKey: {
        ...AIRLINE_CAUSE_TO_TAXONOMY,
        ...Object.fromEntries(causeLabels.filter((l) => DEFAULT_TAXONOMY_KEYS.has(l)).map((k) => [k, k])),
      },
    },
    grams: {
      scale: GRAM_SCALE,
      sentiment: round(sentimentSplit.grams, PRUNE.sentimentGrams),
      cause: round(causeSplit.grams, PRUNE.causeGrams),
    },
    ...(EMBEDDING_SCALE > 0
      ? { embedding: { sentiment: sentimentSplit.dense, cause: causeSplit.dense } }
      : {}),
  };
}
