import { describe, expect, it } from "vitest";
import { checkSpelling, isKnownWord, suggestSpellingInBackground } from "./check-spelling";

describe("checkSpelling", () => {
  it("finds unknown words with their positions and computes suggestions in place by default", () => {
    const text = "We will recieve the parcel tomorow.";
    const found = checkSpelling(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["recieve", "tomorow"]);
    expect(found[0]!.suggestions).toContain("receive");
  });

  it("knows contractions with either apostrophe and ignores single letters", () => {
    expect(checkSpelling("I’m sure we don't need a form. I can do it.")).toEqual([]);
    expect(isKnownWord("Thursday")).toBe(true);
  });

  it("answers at once in the server and fills suggestions from a worker for the next check", async () => {
    suggestSpellingInBackground();
    const text = "Thank you for your pateince.";
    const first = checkSpelling(text);
    expect(first).toHaveLength(1);
    expect(first[0]!.suggestions).toEqual([]);
    await expect.poll(() => checkSpelling(text)[0]!.suggestions, { timeout: 20_000 }).toContain("patience");
  });
});
