import { describe, expect, it } from "vitest";
import { detectSafety } from "./detect-safety";

describe("detectSafety", () => {
  it.each([
    ["I got food poisoning from your chicken", "food poisoning"],
    ["the stove is leaking gas", "leaking gas"],
    ["Smoke was pouring out of the TV", "Smoke was pouring"],
    ["my daughter got an electric shock from the lamp", "got an electric shock from"],
    ["our carbon monoxide alarm went off", "carbon monoxide"],
    ["the blender cut my hand", "cut my hand"],
    ["my son swallowed a button battery", "swallowed a button battery"],
    ["it made me violently sick", "made me violently sick"],
    ["we spent the night in the emergency room", "emergency room"],
  ])("finds %j", (text, phrase) => {
    expect(detectSafety(text).map((s) => s.text)).toContain(phrase);
  });

  it.each([
    "the sauce was fire",
    "is there a gas station nearby?",
    "I'm sick of waiting",
    "I was shocked by the price",
    "adding insult to injury, they charged me twice",
    "that hurt my feelings",
    "the toast was a bit burnt",
    "Thankfully nobody was hurt",
    "no one got sick, the food was just cold",
  ])("stays quiet on %j", (text) => {
    expect(detectSafety(text)).toEqual([]);
  });
});
