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

describe("missing-apology and other questions", () => {
  it("treats a choice question as fact-finding", () => {
    expect(
      runRule(missingApology, {
        text: "Was it mainly the music, or people in the corridor?",
        stage: "first_reply",
      }),
    ).toEqual([]);
  });

  it("does not treat an offer as fact-finding", () => {
    expect(
      runRule(missingApology, { text: "Would you like a refund or a credit?", stage: "first_reply" }),
    ).toHaveLength(1);
  });

  it("does not count the apology word of a non-apology", () => {
    expect(
      runRule(missingApology, {
        text: "I do apologise that mistakes were made. It's fixed.",
        stage: "resolution",
      }),
    ).toHaveLength(1);
  });
});
