import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { repeatedWord } from "./repeated-word";

describe("repeated-word", () => {
  it("flags a doubled word", () => {
    expect(flagged(repeatedWord, { text: "We have have refunded it." })).toEqual(["have have"]);
  });

  it("accepts grammatical doubles and normal text", () => {
    expect(flagged(repeatedWord, { text: "We had had three reports that week." })).toEqual([]);
    expect(flagged(repeatedWord, { text: "The card is in the post." })).toEqual([]);
  });
});
