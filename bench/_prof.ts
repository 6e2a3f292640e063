import { readFileSync } from "node:fs";
import { readTable } from "../src/triage/read-table";
import { extractFeatures } from "../src/triage/extract-features";
import { loadDefaultModel } from "../src/triage/default-model";
import { detectLanguage } from "../src/triage/detect-language";
import { predictUnhappiness } from "../src/triage/predict-unhappiness";
import { predictCause } from "../src/triage/predict-cause";
import { measureIntensity } from "../src/triage/measure-intensity";
import { detectChurn } from "../src/triage/detect-churn";
import { detectLegalThreat, detectPublicThreat } from "../src/triage/detect-threats";
import { detectUrgency } from "../src/triage/detect-urgency";
import { detectRepeatContact } from "../src/triage/detect-repeat-contact";
import { parseMoney } from "../src/triage/parse-money";
import { findReferences } from "../src/triage/find-references";
import { analyzeMessage } from "../src/triage/analyze-message";
const rows = readTable({ content: readFileSync("../shared/data/airline-tweets.csv", "utf8"), format: "csv" }).slice(0, 5000);
const texts = rows.map((r) => r.text!);
const model = loadDefaultModel();
const feats = texts.map((t) => extractFeatures(t));
let tl = 0;
const steps: Record<string, (i: number) => unknown> = {
  features: (i) => extractFeatures(texts[i]!),
  language: (i) => { const f = feats[i]!; const r = detectLanguage({ text: f.text, tokens: f.tokens }); if (r.confidence < 0.9) tl++; return r; },
  unhappy: (i) => predictUnhappiness({ model, features: feats[i]! }),
  cause: (i) => predictCause({ model, features: feats[i]! }),
  intensity: (i) => measureIntensity({ text: feats[i]!.text, tokens: feats[i]!.tokens }),
  churn: (i) => detectChurn(texts[i]!),
  threats: (i) => [detectLegalThreat(texts[i]!), detectPublicThreat(texts[i]!)],
  urgency: (i) => detectUrgency(texts[i]!),
  repeat: (i) => detectRepeatContact(texts[i]!),
  money: (i) => parseMoney(texts[i]!),
  refs: (i) => findReferences(texts[i]!),
  all: (i) => analyzeMessage({ input: { text: texts[i]!, channel: "twitter" }, model }),
};
for (const [name, fn] of Object.entries(steps)) {
  for (let i = 0; i < 1000; i++) fn(i);
  const c0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) fn(i);
  const c = process.cpuUsage(c0);
  console.log(name.padEnd(10), ((c.user + c.system) / texts.length).toFixed(1), "µs cpu");
}
console.log("non-fast-path language", tl);
