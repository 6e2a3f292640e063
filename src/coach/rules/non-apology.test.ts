import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { nonApology } from "./non-apology";

describe("non-apology", () => {
  it.each([
    ["I'm sorry you feel the wait was too long.", "sorry you feel"],
    ["We apologise if the repair was not up to standard.", "apologise if the repair was not up to standard"],
    ["Sorry for any inconvenience this may have caused.", "Sorry for any inconvenience this may have caused"],
    ["My apologies for not meeting your expectations.", "apologies for not meeting your expectations"],
  ])("flags %s", (text, expected) => {
    expect(flagged(nonApology, { text })).toEqual([expected]);
  });

  it.each([
    "I feel we let you down, and I'm sorry.",
    "Sorry if I misunderstood — could you tell me which order?",
    "I'm sorry we charged you twice.",
  ])("accepts %s", (text) => {
    expect(flagged(nonApology, { text })).toEqual([]);
  });
});
