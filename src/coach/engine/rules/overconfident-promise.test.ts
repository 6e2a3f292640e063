import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { overconfidentPromise } from "./overconfident-promise";

describe("overconfident-promise", () => {
  it("flags certainty about what is still to come", () => {
    expect(flagged(overconfidentPromise, { text: "I guarantee it will arrive tomorrow." })).toEqual([
      "guarantee",
    ]);
    expect(flagged(overconfidentPromise, { text: "This will 100% be fixed." })).toEqual(["100%"]);
  });

  it("accepts certainty about the past or about feelings", () => {
    expect(flagged(overconfidentPromise, { text: "We definitely made a mistake." })).toEqual([]);
    expect(flagged(overconfidentPromise, { text: "I absolutely understand." })).toEqual([]);
    expect(flagged(overconfidentPromise, { text: "Every repair has our two-year guarantee." })).toEqual([]);
  });
});

describe("overconfident-promise beyond the listed words", () => {
  it("flags assurances about the future", () => {
    expect(
      flagged(overconfidentPromise, { text: "I can assure you the work will be finished by then." }),
    ).toEqual(["I can assure you"]);
    expect(flagged(overconfidentPromise, { text: "You have my word it will be fixed by tonight." })).toEqual([
      "You have my word",
    ]);
  });

  it("accepts a guarantee that is a warranty", () => {
    expect(
      flagged(overconfidentPromise, {
        text: "It's covered by our two-year guarantee, so I've sent a new one today.",
      }),
    ).toEqual([]);
    expect(
      flagged(overconfidentPromise, { text: "It is within the guarantee period, so it ships today." }),
    ).toEqual([]);
  });
});
