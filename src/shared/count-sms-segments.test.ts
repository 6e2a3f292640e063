import { describe, expect, it } from "vitest";
import { countSmsSegments } from "./count-sms-segments";

describe("countSmsSegments", () => {
  it("fits 160 GSM characters in one SMS and splits longer texts into 153-character parts", () => {
    expect(countSmsSegments("a".repeat(160))).toEqual({
      encoding: "GSM-7",
      units: 160,
      segments: 1,
      perSegment: 160,
    });
    expect(countSmsSegments("a".repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(countSmsSegments("a".repeat(306))).toMatchObject({ segments: 2 });
    expect(countSmsSegments("a".repeat(307))).toMatchObject({ segments: 3 });
    expect(countSmsSegments("")).toMatchObject({ segments: 0 });
  });

  it("counts extension characters twice", () => {
    expect(countSmsSegments("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(countSmsSegments(`${"€".repeat(80)}a`)).toMatchObject({ units: 161, segments: 2 });
  });

  it("falls back to UCS-2 for any other character, emoji taking two units", () => {
    expect(countSmsSegments(`${"a".repeat(69)}ł`)).toEqual({
      encoding: "UCS-2",
      units: 70,
      segments: 1,
      perSegment: 70,
    });
    expect(countSmsSegments(`${"a".repeat(70)}ł`)).toMatchObject({ segments: 2, perSegment: 67 });
    expect(countSmsSegments("Sorry 🙏")).toMatchObject({ encoding: "UCS-2", units: 8, segments: 1 });
  });
});
