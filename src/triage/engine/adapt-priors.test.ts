import { describe, expect, it } from "vitest";
import {
  adaptToTraffic,
  estimatePriors,
  expectedF1Threshold,
  priorShift,
  TRAFFIC_FLOOR,
  TRAINING_UNHAPPY_SHARE,
} from "./adapt-priors";
import { analyzeMessage } from "./analyze-message";
import { createOrgModel } from "./org-model-schema";
import { seededRandom } from "./seeded-random";

// Posteriors a model calibrated at a prior of 0.6 would give: a message's score is N(+1, 1) when unhappy
// and N(−1, 1) when not, so its log likelihood ratio is 2·score.
function drawTraffic(n: number, truePrior: number, random: () => number): number[] {
  const posteriors: number[] = [];
  for (let i = 0; i < n; i++) {
    const unhappy = random() < truePrior;
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const logit = 2 * ((unhappy ? 1 : -1) + normal) + Math.log(0.6 / 0.4);
    posteriors.push(1 / (1 + Math.exp(-logit)));
  }
  return posteriors;
}

describe("estimatePriors", () => {
  it("recovers a low unhappy share from posteriors calibrated at a high one", () => {
    const posteriors = drawTraffic(4000, 0.08, seededRandom(7));
    const [share] = estimatePriors({
      posteriors: posteriors.map((p) => [p, 1 - p]),
      trainingPriors: [0.6, 0.4],
    });
    const plainMean = posteriors.reduce((a, b) => a + b, 0) / posteriors.length;
    expect(Math.abs(share! - 0.08)).toBeLessThan(0.02);
    expect(plainMean).toBeGreaterThan(0.15);
  });
});

describe("adaptToTraffic", () => {
  it("records the estimate below the floor but moves nothing", () => {
    const few = adaptToTraffic({
      orgModel: createOrgModel(),
      probabilities: Array(TRAFFIC_FLOOR - 1).fill(0.2),
      modelVersion: "m",
      now: new Date("2026-12-01T00:00:00Z"),
    });
    expect(few.traffic).toMatchObject({
      messages: TRAFFIC_FLOOR - 1,
      shift: 0,
      threshold: null,
      modelVersion: "m",
    });
    expect(few.traffic!.share).toBeLessThan(TRAINING_UNHAPPY_SHARE);
  });

  it("lowers the probability of every message of a calm organisation, until corrections take over", () => {
    const calm = adaptToTraffic({
      orgModel: createOrgModel(),
      probabilities: drawTraffic(600, 0.05, seededRandom(3)),
      modelVersion: "m",
      now: new Date(),
    });
    expect(calm.traffic!.shift).toBeCloseTo(priorShift(TRAINING_UNHAPPY_SHARE, calm.traffic!.share), 2);
    expect(calm.traffic!.shift).toBeLessThan(-1);
    const text = "The parcel arrived a day late and the box was a bit dented.";
    const cold = analyzeMessage({ input: { text, channel: "email" } });
    const warm = analyzeMessage({ input: { text, channel: "email" }, orgModel: calm });
    expect(warm.unhappiness.probability).toBeLessThan(cold.unhappiness.probability);
    const corrected = analyzeMessage({
      input: { text, channel: "email" },
      orgModel: { ...calm, corrections: 20 },
    });
    expect(corrected.unhappiness.probability).toBe(cold.unhappiness.probability);
  });
});

describe("expectedF1Threshold", () => {
  it("picks the cut that maximises the F1 the probabilities themselves expect", () => {
    expect(expectedF1Threshold([0.9, 0.8, 0.1, 0.05])).toBe(0.8);
    expect(expectedF1Threshold([0.9, 0.6, 0.55, 0.5])).toBe(0.5);
  });
});
