import { describe, expect, it } from "vitest";
import { detectSarcasm } from "./detect-sarcasm";

describe("detectSarcasm", () => {
  it.each([
    "great, another delay",
    "Thanks for nothing",
    "Oh great. More waiting.",
    "gotta love being on hold for 2 hours",
  ])("catches %j", (text) => {
    expect(detectSarcasm(text).length).toBeGreaterThan(0);
  });

  it.each(["great flight, thanks!", "Thanks so much for the help", "I love the new app"])(
    "leaves sincere praise alone: %j",
    (text) => {
      expect(detectSarcasm(text)).toEqual([]);
    },
  );
});
