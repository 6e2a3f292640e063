// Throughput of the whole triage analysis over the public airline tweets, one thread, after warm-up.
// Run: npx tsx bench/triage.ts [--file ../shared/data/airline-tweets.csv] [--rounds 5] [--model path.json]
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { analyzeMessage } from "../src/triage/engine/analyze-message";
import { loadDefaultModel } from "../src/triage/engine/default-model";

const { values } = parseArgs({
  options: { file: { type: "string" }, rounds: { type: "string" }, model: { type: "string" } },
});
const file = values.file ?? "../shared/data/airline-tweets.csv";
if (!existsSync(file)) {
  console.error(`bench/triage: ${file} not found (the public airline tweets live in ../shared/data)`);
  process.exit(2);
}
const rounds = Number(values.rounds ?? 5);
// Only the text column is kept, so the file's other columns do not count against memory; the file is
// handed over as bytes because a decoded copy of it (7 MB of UTF-16) would sit in the heap until a full GC.
const texts = parse(readFileSync(file), {
  columns: true,
  on_record: (row: Record<string, string>) => row.text ?? "",
}) as unknown as string[];
const model = values.model ? loadDefaultModel(values.model) : loadDefaultModel();
const analyse = (text: string) => analyzeMessage({ input: { text, channel: "twitter" }, model });

for (const text of texts.slice(0, 3000)) analyse(text);

// Median over batches of 100 messages: steadier than timing single messages (timer resolution) and
// less hurt by one GC pause than a single total.
const batchMicros: number[] = [];
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
let peakRss = process.memoryUsage().rss;
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < texts.length; i += 100) {
    const started = performance.now();
    const end = Math.min(texts.length, i + 100);
    for (let j = i; j < end; j++) analyse(texts[j]!);
    batchMicros.push(((performance.now() - started) * 1000) / (end - i));
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const wallSeconds = (performance.now() - wallStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
const messages = texts.length * rounds;
batchMicros.sort((a, b) => a - b);
const median = batchMicros[Math.floor(batchMicros.length / 2)]!;
const cpuMicros = (cpu.user + cpu.system) / messages;
console.log(`triage bench: ${texts.length} messages × ${rounds} rounds from ${file}`);
console.log(`median ${median.toFixed(1)} µs/message → ${Math.round(1e6 / median)} messages/s (one thread)`);
console.log(
  `overall ${Math.round(messages / wallSeconds)} messages/s wall, ${cpuMicros.toFixed(1)} µs CPU/message`,
);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
console.log(
  JSON.stringify({
    medianMicros: Math.round(median * 10) / 10,
    rate: Math.round(1e6 / median),
    cpuMicros: Math.round(cpuMicros * 10) / 10,
    rssMB: Math.round(peakRss / 1048576),
  }),
);
