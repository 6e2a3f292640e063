import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, defaultModelArtefactSchema } from "./default-model";

type Tables = Record<string, Record<string, unknown>>;
const artefact = () => JSON.parse(readFileSync(DEFAULT_MODEL_PATH, "utf8")) as Tables;

describe("the default model artefact", () => {
  it("is accepted as committed, weight tables kept as they are (not copied)", () => {
    const raw = artefact();
    const parsed = defaultModelArtefactSchema.parse(raw);
    expect(parsed.sentiment.weights).toBe(raw.sentiment?.weights);
    expect(Object.keys(parsed.cause.weights).length).toBeGreaterThan(1000);
  });

  it.each([
    ["a row that is not a list", (a: Tables) => ((a.sentiment!.weights as Tables).refund = 3 as never)],
    [
      "a weight that is not a number",
      (a: Tables) => ((a.cause!.weights as Tables).refund = [0, "1"] as never),
    ],
    ["a gram table that is a list", (a: Tables) => (a.grams!.sentiment = [])],
  ])("refuses %s", (_what, spoil) => {
    const raw = artefact();
    spoil(raw);
    expect(defaultModelArtefactSchema.safeParse(raw).success).toBe(false);
  });
});
