import { describe, expect, it } from "vitest";
import { measureBinary, measureMulticlass, rocAuc } from "./measure-classification";

describe("classification metrics", () => {
  it("computes precision, recall, F1 and accuracy from a known confusion", () => {
    const m = measureBinary({
      predicted: [true, true, true, false, false, false],
      actual: [true, true, false, true, false, false],
      scores: [0.9, 0.8, 0.7, 0.4, 0.3, 0.1],
    });
    expect([m.tp, m.fp, m.fn, m.tn]).toEqual([2, 1, 1, 2]);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.auc).toBeCloseTo(8 / 9);
  });

  it("gives ties half credit in ROC AUC", () => {
    expect(rocAuc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(rocAuc([0.2, 0.9], [false, true])).toBe(1);
  });

  it("computes multiclass accuracy and macro-F1", () => {
    const r = measureMulticlass({ predicted: ["a", "a", "b", "c"], actual: ["a", "b", "b", "c"] });
    expect(r.accuracy).toBe(0.75);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3);
  });
});
