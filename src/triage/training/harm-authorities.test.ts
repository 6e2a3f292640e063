import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeMessage } from "../engine/analyze-message";
import { detectSafety } from "../engine/detect-safety";
import { detectLegalThreat } from "../engine/detect-threats";
import { readTable } from "./read-table";

// test/fixtures/triage/harm-authorities.csv: 118 messages written for this check (README beside it).
const rows = readTable({
  content: readFileSync(
    new URL("../../../test/fixtures/triage/harm-authorities.csv", import.meta.url),
    "utf8",
  ),
  format: "csv",
});

function precisionRecall(detect: (text: string) => unknown[], column: "safety" | "authority") {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const found = detect(row.text!).length > 0;
    const wanted = row[column] === "1";
    if (found && wanted) tp++;
    else if (found) fp++;
    else if (wanted) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), positives: tp + fn };
}

describe("the harm and authorities set", () => {
  it("has at least 100 messages in every register, near misses included", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const registers = new Set(rows.map((r) => r.register));
    expect([...registers].sort()).toEqual(["angry", "calm", "formal", "near_miss", "sarcastic"]);
  });

  it("finds harm with precision and recall of at least 0.95", () => {
    const result = precisionRecall(detectSafety, "safety");
    expect(result.positives).toBeGreaterThanOrEqual(45);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("finds authorities, banks and chargebacks with precision and recall of at least 0.95", () => {
    const result = precisionRecall(detectLegalThreat, "authority");
    expect(result.positives).toBeGreaterThanOrEqual(30);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("makes every harm critical, difficult and a product-safety cause", () => {
    for (const row of rows.filter((r) => r.safety === "1")) {
      const analysis = analyzeMessage({ input: { text: row.text!, channel: "email" } });
      expect({ text: row.text, priority: analysis.priority }).toEqual({
        text: row.text,
        priority: "critical",
      });
      expect(analysis.difficult).toBe(true);
      expect(analysis.rootCause.key).toBe("product_safety");
    }
  });

  it("leaves the near misses without a harm signal", () => {
    for (const row of rows.filter((r) => r.register === "near_miss")) {
      const analysis = analyzeMessage({ input: { text: row.text!, channel: "email" } });
      expect({ text: row.text, safety: analysis.signals.some((s) => s.kind === "safety") }).toEqual({
        text: row.text,
        safety: false,
      });
      expect(analysis.priority).not.toBe("critical");
    }
  });
});
