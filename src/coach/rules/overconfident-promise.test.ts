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
