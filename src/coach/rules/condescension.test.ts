import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { condescension } from "./condescension";

describe("condescension", () => {
  it.each([
    ["Obviously the warranty ends.", "Obviously"],
    ["As you should know, we close at six.", "As you should know"],
    ["Please calm down.", "calm down"],
  ])("flags %s", (text, expected) => {
    expect(flagged(condescension, { text })).toEqual([expected]);
  });

  it("accepts plain empathy", () => {
    expect(
      flagged(condescension, { text: "The problem was clearly ours, and you're right to be annoyed." }),
    ).toEqual([]);
  });
});
