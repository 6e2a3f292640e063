import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { hedge } from "./hedge";

describe("hedge", () => {
  it("flags softeners found by retext-intensify and our own patterns", () => {
    expect(flagged(hedge, { text: "Apparently it arrives in approximately four days." })).toEqual([
      "Apparently",
      "approximately",
    ]);
    expect(flagged(hedge, { text: "We might have sent it to the wrong flat." })).toEqual(["might have sent"]);
    expect(flagged(hedge, { text: "It seems the engineer never came." })).toEqual(["seems"]);
  });

  it("leaves the agent's own feelings, feel free, and non-apologies alone", () => {
    expect(flagged(hedge, { text: "I feel we let you down." })).toEqual([]);
    expect(flagged(hedge, { text: "Feel free to call me." })).toEqual([]);
    expect(flagged(hedge, { text: "I'm sorry we made you feel unwelcome." })).toEqual([]);
    expect(flagged(hedge, { text: "I'm sorry you feel that way." })).toEqual([]);
  });
});

describe("hedge in context", () => {
  it("lets the customer estimate in a question", () => {
    expect(flagged(hedge, { text: "Could you tell me roughly what time the noise started?" })).toEqual([]);
    expect(flagged(hedge, { text: "It started roughly at ten." })).toEqual(["roughly"]);
  });

  it("still reports a hedge inside a conditional apology", () => {
    expect(flagged(hedge, { text: "We're sorry if the wait seemed long." })).toEqual(["seemed"]);
    expect(flagged(hedge, { text: "Sorry for any trouble this may have caused." })).toEqual([]);
  });
});
