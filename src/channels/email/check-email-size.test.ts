import { describe, expect, it } from "vitest";
import { checkEmailSize, DEFAULT_MAX_EMAIL_BYTES } from "./check-email-size";

describe("checkEmailSize", () => {
  it("allows up to the limit and refuses beyond it", () => {
    expect(checkEmailSize({ size: 100, maxBytes: 100 }).tooLarge).toBe(false);
    expect(checkEmailSize({ size: 101, maxBytes: 100 })).toEqual({
      tooLarge: true,
      size: 101,
      maxBytes: 100,
    });
  });

  it("defaults to 10 MB and treats an unknown size as too large", () => {
    expect(DEFAULT_MAX_EMAIL_BYTES).toBe(10 * 1024 * 1024);
    expect(checkEmailSize({ size: 10 * 1024 * 1024 + 1 }).tooLarge).toBe(true);
    expect(checkEmailSize({ size: Number.NaN }).tooLarge).toBe(true);
  });
});
