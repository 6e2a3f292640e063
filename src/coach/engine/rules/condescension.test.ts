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

describe("condescension beyond the listed phrases", () => {
  it.each([
    ["As clearly stated in our terms, fees apply.", "As clearly stated"],
    ["As outlined clearly in the FAQ, refunds take a week.", "As outlined clearly"],
    ["As I'm sure you're aware, check-in opens at 3pm.", "As I'm sure you're aware"],
    ["I'll explain this one more time: bags are charged.", "explain this one more time"],
    ["As you'd know if you'd read the confirmation, parking is extra.", "As you'd know"],
  ])("flags %s", (text, expected) => {
    expect(flagged(condescension, { text })[0]).toBe(expected);
  });

  it("accepts an “obviously” aimed at our own failing", () => {
    expect(
      flagged(condescension, { text: "A 90-minute wait is obviously not good enough from us." }),
    ).toEqual([]);
  });
});
