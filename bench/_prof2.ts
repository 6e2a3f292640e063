import { readFileSync } from "node:fs";
import { readTable } from "../src/triage/read-table";
import { analyzeMessage } from "../src/triage/analyze-message";
import { loadDefaultModel } from "../src/triage/default-model";
const texts = readTable({ content: readFileSync("../shared/data/airline-tweets.csv", "utf8"), format: "csv" }).map((r) => r.text!);
const model = loadDefaultModel();
const c0 = process.cpuUsage(); const t0 = performance.now();
for (let k = 0; k < 2; k++) for (const t of texts) analyzeMessage({ input: { text: t, channel: "twitter" }, model });
const c = process.cpuUsage(c0); console.log("wall µs/msg", ((performance.now() - t0) / texts.length / 2) * 1000, "cpu µs/msg", (c.user + c.system) / texts.length / 2);
