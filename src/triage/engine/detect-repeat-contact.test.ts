import { describe, expect, it } from "vitest";
import { detectRepeatContact } from "./detect-repeat-contact";

describe("detectRepeatContact", () => {
  it.each([
    ["I've called 4 times this week", "called 4 times"],
    ["This is the third time I write to you", "third time"],
    ["still waiting for the engineer", "still waiting"],
    ["I already explained this to your colleague", "already explained"],
    ["nobody has responded to my emails", "nobody has responded"],
  ])("finds %j", (text, phrase) => {
    expect(detectRepeatContact(text).map((s) => s.text.toLowerCase())).toContain(phrase.toLowerCase());
  });

  it.each(["First time ordering, the box was damaged", "Hello, I have a question about my plan"])(
    "stays quiet on %j",
    (text) => {
      expect(detectRepeatContact(text)).toEqual([]);
    },
  );
});
