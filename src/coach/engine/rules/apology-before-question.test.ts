import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { apologyBeforeQuestion } from "./apology-before-question";

describe("apology-before-question", () => {
  it("hints when a first reply apologizes before asking what happened", () => {
    expect(
      flagged(apologyBeforeQuestion, {
        text: "I'm so sorry. Could you tell me what happened?",
        stage: "first_reply",
      }),
    ).toEqual(["sorry"]);
  });

  it("accepts questions first, apologies for our own misunderstanding, and other stages", () => {
    const stage = "first_reply" as const;
    expect(flagged(apologyBeforeQuestion, { text: "What happened? I'm sorry to ask again.", stage })).toEqual(
      [],
    );
    expect(
      flagged(apologyBeforeQuestion, { text: "Sorry if I misunderstood — which order?", stage }),
    ).toEqual([]);
    expect(
      flagged(apologyBeforeQuestion, { text: "I'm sorry. Could you confirm your address?", stage: "update" }),
    ).toEqual([]);
  });
});
