import type { Lexicons } from "./load-lexicons";
import type { WordVectors } from "./word-vectors";

// The training data are tweets to six US airlines. Their names are dropped like @handles, and the
// airline-only nouns share one placeholder, so the model learns how people complain, not which brand
// or which kind of business they write to; that is what lets it carry over to shops, banks and hotels.
export const BRANDS = new Set([
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
export const SERVICE_NOUNS = new Set([
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

export const SERVICE_PLACEHOLDER = "<svc>";

export const BRAND = 1;
export const SERVICE = 2;
export const NEGATOR = 4;
export const BOOSTER = 8;
export const COMPLAINT = 16;

/**
 * Everything extract-features.ts needs to know about a word, behind one Map lookup per token instead of
 * eight: list membership as bit flags, the two lexicon values (NaN when absent) and the word's row in the
 * word vectors (−1 when none).
 */
export interface WordTable {
  index: Map<string, number>;
  flags: Uint8Array;
  vader: Float64Array;
  afinn: Float64Array;
  vector: Int32Array;
}

const tables = new WeakMap<Lexicons, WeakMap<WordVectors, WordTable>>();

export function wordTable(lexicons: Lexicons, vectors: WordVectors): WordTable {
  let byVectors = tables.get(lexicons);
  if (!byVectors) {
    byVectors = new WeakMap();
    tables.set(lexicons, byVectors);
  }
  const known = byVectors.get(vectors);
  if (known) return known;
  // the index is filled straight from the sources (no intermediate Set): this runs once, but its
  // garbage would still raise the process's peak memory
  const index = new Map<string, number>();
  const sources: Iterable<string>[] = [
    BRANDS,
    SERVICE_NOUNS,
    NEGATORS,
    BOOSTERS,
    COMPLAINT_CUES,
    lexicons.vader.keys(),
    lexicons.afinn.keys(),
    vectors.words,
  ];
  for (const source of sources) for (const word of source) if (!index.has(word)) index.set(word, index.size);
  const n = index.size;
  const table: WordTable = {
    index,
    flags: new Uint8Array(n),
    vader: new Float64Array(n).fill(Number.NaN),
    afinn: new Float64Array(n).fill(Number.NaN),
    vector: new Int32Array(n).fill(-1),
  };
  const flag = (words: Set<string>, bit: number) => {
    for (const word of words) table.flags[index.get(word)!]! |= bit;
  };
  flag(BRANDS, BRAND);
  flag(SERVICE_NOUNS, SERVICE);
  flag(NEGATORS, NEGATOR);
  flag(BOOSTERS, BOOSTER);
  flag(COMPLAINT_CUES, COMPLAINT);
  for (const [word, v] of lexicons.vader) table.vader[index.get(word)!] = v;
  for (const [word, v] of lexicons.afinn) table.afinn[index.get(word)!] = v;
  vectors.words.forEach((word, row) => {
    table.vector[index.get(word)!] = row;
  });
  byVectors.set(vectors, table);
  return table;
}
