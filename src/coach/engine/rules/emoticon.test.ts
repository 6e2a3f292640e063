import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { emoticon } from "./emoticon";

describe("emoticon", () => {
  it("flags emoticons and emoji in email and on formal cases", () => {
    expect(flagged(emoticon, { text: "All done :) thanks 👍", channel: "email" })).toEqual([":)", "👍"]);
    expect(flagged(emoticon, { text: "Booked 🙂", channel: "webform", case: { formal: true } })).toEqual([
      "🙂",
    ]);
  });

  it("allows them on social channels and ignores look-alikes", () => {
    expect(flagged(emoticon, { text: "All done :)", channel: "instagram" })).toEqual([]);
    expect(flagged(emoticon, { text: "Meet at 10:30 (see item 8) © Mend", channel: "email" })).toEqual([]);
  });
});
