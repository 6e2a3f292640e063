import { describe, expect, it } from "vitest";
import { detectUrgency } from "./detect-urgency";

describe("detectUrgency", () => {
  it.each([
    ["We are stranded at O'Hare with two kids", "stranded"],
    ["I need my insulin from the lost bag", "insulin"],
    ["The wedding is tomorrow morning", "wedding"],
    ["Please fix this ASAP", "ASAP"],
    ["I'm travelling and my card was blocked", "travelling"],
  ])("finds %j", (text, phrase) => {
    expect(detectUrgency(text).map((s) => s.text)).toContain(phrase);
  });

  it.each([
    "No rush, whenever you can today",
    "It's not urgent, just curious",
    "I bought a jacket last month",
  ])("stays quiet on %j", (text) => {
    expect(detectUrgency(text)).toEqual([]);
  });
});
