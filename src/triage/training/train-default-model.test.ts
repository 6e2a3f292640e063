import { describe, expect, it } from "vitest";
import { type AirlineRow, isAirlineTestId, trainDefaultModel } from "./train-default-model";

const phrases = [
  ["negative", "my flight was delayed again and nobody helped", "Late Flight"],
  ["negative", "lost my bag, terrible service", "Lost Luggage"],
  ["negative", "rude agent at the gate, awful", "Customer Service Issue"],
  ["positive", "thanks for the great flight, lovely crew", ""],
  ["neutral", "what time does boarding start", ""],
  ["positive", "love the new seats, amazing", ""],
];

function rows(): AirlineRow[] {
  return Array.from({ length: 60 }, (_, i) => {
    const [sentiment, text, reason] = phrases[i % phrases.length]!;
    return {
      tweet_id: String(570000000000000000n + BigInt(i)),
      airline_sentiment: sentiment!,
      airline_sentiment_confidence: "1",
      negativereason: reason!,
      text: `${text} ${i}`,
    };
  });
}

describe("trainDefaultModel", () => {
  it("is reproducible: the same rows give the same artefact", () => {
    expect(JSON.stringify(trainDefaultModel({ rows: rows(), sha256: "x" }))).toBe(
      JSON.stringify(trainDefaultModel({ rows: rows(), sha256: "x" })),
    );
  });

  it("never trains on the airline test split (ids ending in 0 or 5)", () => {
    const artefact = trainDefaultModel({ rows: rows(), sha256: "x" });
    expect(artefact.trainedOn.rows).toBe(rows().filter((r) => !isAirlineTestId(r.tweet_id)).length);
    expect(isAirlineTestId("570306133677760510")).toBe(true);
    expect(isAirlineTestId("570306133677760513")).toBe(false);
  });
});
