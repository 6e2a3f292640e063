import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { pronounBalance } from "./pronoun-balance";

describe("pronoun-balance", () => {
  it("flags apologies whose subject is the customer", () => {
    expect(flagged(pronounBalance, { text: "Sorry you had to wait so long." })).toEqual([
      "Sorry you had to wait so long",
    ]);
    expect(flagged(pronounBalance, { text: "I'm sorry your order arrived broken." })).toHaveLength(1);
  });

  it("accepts apologies that name us", () => {
    expect(flagged(pronounBalance, { text: "I'm sorry we kept you waiting." })).toEqual([]);
    expect(flagged(pronounBalance, { text: "I'm sorry your bill was wrong because of our error." })).toEqual(
      [],
    );
  });
});
