import { describe, expect, it } from "vitest";
import { measureCauseShares, shareCorrection } from "./measure-cause-shares";

describe("measureCauseShares", () => {
  it("averages the distributions, where the argmax count leans to the largest class", () => {
    const result = measureCauseShares({
      labels: ["late", "rude"],
      gold: ["late", "late", "rude", "rude"],
      distributions: [
        [0.9, 0.1],
        [0.6, 0.4],
        [0.6, 0.4],
        [0.1, 0.9],
      ],
    });
    expect(result.shares.map((s) => s.estimated)).toEqual([0.55, 0.45]);
    expect(result.shares.map((s) => s.counted)).toEqual([0.75, 0.25]);
    expect(result.shares.map((s) => s.gold)).toEqual([0.5, 0.5]);
    expect(result.maxError).toBeCloseTo(0.05);
    expect(result.sumError).toBeCloseTo(0.1);
    expect(result.countedSumError).toBeCloseTo(0.5);
  });

  it("renormalises a distribution that also held other labels", () => {
    const result = measureCauseShares({ labels: ["a", "b"], gold: ["a"], distributions: [[0.2, 0.2]] });
    expect(result.shares.map((s) => s.estimated)).toEqual([0.5, 0.5]);
  });

  it("takes out the lean measured on training data", () => {
    const training = {
      labels: ["a", "b"],
      gold: ["a", "b"],
      distributions: [
        [0.8, 0.2],
        [0.6, 0.4],
      ],
    };
    const correction = shareCorrection(training);
    expect(correction).toEqual({ a: 0.7143, b: 1.6667 });
    const result = measureCauseShares({ ...training, correction });
    expect(result.shares[0]!.estimated).toBeCloseTo(0.5, 3);
    expect(result.sumError).toBeCloseTo(0, 3);
  });
});
