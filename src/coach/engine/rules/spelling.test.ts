import { describe, expect, it } from "vitest";
import { flagged, runRule } from "../rule-test-kit";
import { spelling } from "./spelling";

describe("spelling", () => {
  it("flags misspellings with suggestions", () => {
    const [finding] = runRule(spelling, { text: "We have recieved your complaint." });
    expect(finding?.suggestion).toContain("received");
    expect(flagged(spelling, { text: "We are sory for the wait." })).toEqual(["sory"]);
    // Capitalised words are taken for names, even where a typo hides among them.
    expect(flagged(spelling, { text: "Sory for the wait. Kofi" })).toEqual([]);
  });

  it("accepts the organization's words, British spellings, names, links and codes", () => {
    expect(
      flagged(spelling, { text: "Your Zapply card is here.", settings: { dictionaryWords: ["Zapply"] } }),
    ).toEqual([]);
    expect(flagged(spelling, { text: "I apologise; we cancelled the wrong colour." })).toEqual([]);
    expect(flagged(spelling, { text: "See https://help.example.com/retrns or code RX7741QZ." })).toEqual([]);
    expect(flagged(spelling, { text: "It is rebooked, Siobhan." })).toEqual([]);
  });
});

describe("spelling: more British forms, compounds and ordinals", () => {
  it.each([
    "We bounced your cheque in error.",
    "Your programme starts on the 25th.",
    "The tyre and the kerb were checked.",
    "Your chargeback went through.",
    "The enrolment fee is waived.",
  ])("accepts %s", (text) => {
    expect(flagged(spelling, { text })).toEqual([]);
  });

  it("still flags typos", () => {
    expect(flagged(spelling, { text: "We will seperate the items." })).toEqual(["seperate"]);
  });
});
