import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { missingApology } from "./missing-apology";

describe("missing-apology", () => {
  it("requires an apology on a resolution", () => {
    expect(runRule(missingApology, { text: "Your refund is done.", stage: "resolution" })).toHaveLength(1);
    expect(runRule(missingApology, { text: "I'm sorry we overcharged you.", stage: "resolution" })).toEqual(
      [],
    );
  });

  it("does not count a non-apology as an apology", () => {
    expect(runRule(missingApology, { text: "Sorry you feel that way.", stage: "resolution" })).toHaveLength(
      1,
    );
  });

  it("lets a first reply that asks what happened hold the apology back", () => {
    expect(
      runRule(missingApology, { text: "Could you tell me what happened?", stage: "first_reply" }),
    ).toEqual([]);
    expect(runRule(missingApology, { text: "We have your message.", stage: "first_reply" })).toHaveLength(1);
  });

  it("does not ask for an apology on an update", () => {
    expect(runRule(missingApology, { text: "The engineer is booked.", stage: "update" })).toEqual([]);
  });
});
