import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches";

const viaMatchAll = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const viaAllMatches = (text: string, pattern: RegExp) =>
  allMatches(text, pattern).map((m) => [m.index, ...m]);

describe("allMatches", () => {
  it.each([
    ["my bag, my flight, my day", /\bmy\s+(\w+)/gi],
    ["no match here", /zzz/g],
    ["empty matches everywhere", /x*/g],
    ["emoji 😡 and 👎 and more", /\p{Extended_Pictographic}|(?:)/gu],
    ["", /a*/g],
  ])("finds what matchAll finds in %j", (text, pattern) => {
    expect(viaAllMatches(text, pattern)).toEqual(viaMatchAll(text, pattern));
  });

  it("starts from the beginning whatever the pattern's lastIndex was", () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(allMatches("aaaa", pattern)).toHaveLength(4);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => allMatches("a", /a/)).toThrow(TypeError);
  });
});
