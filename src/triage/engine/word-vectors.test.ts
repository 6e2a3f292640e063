import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";
import { decodeWordVectors, encodeWordVectors, loadFullWordVectors, meanVector } from "./word-vectors";

function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d]! * b[d]!;
    na += a[d]! * a[d]!;
    nb += b[d]! * b[d]!;
  }
  return dot / Math.sqrt(na * nb);
}

describe("word vectors", () => {
  it("round-trips through the MWV1 layout within int8 precision", () => {
    const buffer = encodeWordVectors({
      words: ["good", "bad"],
      ranks: [10, 2000],
      vectors: [
        [3, 4, 0],
        [0, -1, 1],
      ],
      dims: 3,
    });
    const vectors = decodeWordVectors(buffer);
    expect(vectors.words).toEqual(["good", "bad"]);
    const good = meanVector(vectors, [0, 1], 1);
    expect(good[0]).toBeCloseTo(0.6, 2);
    expect(good[1]).toBeCloseTo(0.8, 2);
    // frequent words weigh less (SIF)
    expect(vectors.weight[0]!).toBeLessThan(vectors.weight[1]!);
  });

  it("puts words the tweets never used near the ones they did", () => {
    const vectors = loadFullWordVectors();
    const of = (text: string) => {
      const f = extractFeatures(text);
      return meanVector(vectors, f.vectorWords, f.vectorTotal);
    };
    expect(cosine(of("waiter"), of("receptionist"))).toBeGreaterThan(cosine(of("waiter"), of("refund")));
    expect(cosine(of("refund"), of("payment"))).toBeGreaterThan(cosine(of("refund"), of("receptionist")));
  });

  it("counts a negated word against the mean", () => {
    const plain = extractFeatures("helpful");
    const negated = extractFeatures("not helpful");
    expect(plain.vectorWords[1]!).toBeGreaterThan(0);
    expect(negated.vectorWords.at(-1)!).toBeLessThan(0);
  });
});
