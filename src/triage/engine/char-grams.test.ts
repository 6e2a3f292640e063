import { describe, expect, it } from "vitest";
import { GRAM_MAX, GRAM_MIN, gramCounts, gramTotal, gramValue } from "./char-grams";
import { compileModel, type DefaultModelArtefact } from "./default-model";
import { extractFeatures } from "./extract-features";
import { gramSum, takeOutNegated } from "./gram-table";

function artefact(grams: Record<string, number[]>): DefaultModelArtefact {
  return {
    version: "t",
    trainedOn: { source: "t", sha256: "t", rows: 0, note: "" },
    sentiment: {
      classes: ["neutral", "unhappy", "happy"],
      bias: [0, 0, 0],
      weights: {},
      calibration: { a: 1, b: 0 },
      threshold: 0.5,
    },
    cause: { classes: ["a", "b"], bias: [0, 0], weights: {}, taxonomyKey: {} },
    grams: { scale: 4, sentiment: grams, cause: { rude: [1, -1] } },
  };
}

describe("character n-grams", () => {
  it("counts every 3- to 5-gram, repeats included", () => {
    const counts = gramCounts(" so so ").all;
    expect(counts.get(" so")).toBe(2);
    expect(counts.get("so so")).toBe(1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(gramTotal(" so so ".length));
    for (const gram of counts.keys()) expect(gram.length).toBeGreaterThanOrEqual(GRAM_MIN);
    for (const gram of counts.keys()) expect(gram.length).toBeLessThanOrEqual(GRAM_MAX);
  });

  it("scores at inference exactly what training counted (the inlined hash agrees with gramHash)", () => {
    const text = extractFeatures("The waiter was RUDE, so rude!!").gramText;
    const weights = { rud: [0, 1, 0], "rude ": [0, 0.5, -0.5], "was r": [0.25, 0, 0], zzz: [9, 9, 9] };
    const sum = gramSum(compileModel(artefact(weights)), text);
    const counts = gramCounts(text).all;
    const value = 4 / Math.sqrt(gramTotal(text.length));
    const expected = [0, 0, 0];
    for (const [gram, w] of Object.entries(weights)) {
      for (let c = 0; c < w.length; c++) expected[c]! += w[c]! * (counts.get(gram) ?? 0) * value;
    }
    for (let c = 0; c < 3; c++) expect(sum[c]).toBeCloseTo(expected[c]!, 5);
    expect(sum[3]).toBeCloseTo((counts.get("rude") ?? 0) * value, 5);
    expect(counts.get("rud")).toBe(2);
  });

  it("keeps n-grams of negated words from the unhappiness head only", () => {
    const features = extractFeatures("no complaints, the staff were great");
    const { all, clear } = gramCounts(features.gramText, features.negatedSpans);
    expect(all.get("compl")).toBe(1);
    expect(clear.has("compl")).toBe(false);
    expect(clear.get("staff")).toBe(1);
    const weights = { compl: [0, 2, 0], staff: [0, 0, 1] };
    const model = compileModel({
      ...artefact(weights),
      grams: { scale: 4, sentiment: weights, cause: { compl: [1, 0] } },
    });
    const sum = gramSum(model, features.gramText);
    takeOutNegated(model, features.gramText, features.negatedSpans, sum);
    const value = 4 / Math.sqrt(gramTotal(features.gramText.length));
    expect(sum[1]).toBeCloseTo(0, 9);
    expect(sum[2]).toBeCloseTo(value, 9);
    expect(sum[3]).toBeCloseTo(value, 9);
  });

  it("shrinks the n-grams of texts much longer than a tweet", () => {
    const short = gramValue(4, 100);
    expect(short).toBeCloseTo(4 / Math.sqrt(gramTotal(100)), 12);
    const long = gramValue(4, 2000);
    expect(long * gramTotal(2000)).toBeLessThan(short * gramTotal(100) * 3);
  });

  it("drops airline names and merges airline-only nouns, so brands are never learned", () => {
    const features = extractFeatures("@united your flight crew was rude #united");
    expect(features.gramText).not.toMatch(/united|flight/);
    expect(features.keys).not.toContain("united");
    expect(features.keys).toContain("<svc>");
  });
});
