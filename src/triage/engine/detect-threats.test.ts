import { describe, expect, it } from "vitest";
import { detectLegalThreat, detectPublicThreat } from "./detect-threats";

describe("detectPublicThreat", () => {
  it.each([
    ["I'll be leaving a 1-star review", "leaving a 1-star review"],
    ["going to tell everyone I know about this", "tell everyone"],
    ["I'm posting this on Yelp", "on Yelp"],
    ["I will contact the media", "contact the media"],
    ["This needs to go viral", "go viral"],
  ])("finds %j", (text, phrase) => {
    expect(detectPublicThreat(text).map((s) => s.text)).toContain(phrase);
  });

  it.each([
    "Thanks, I read the reviews before booking",
    "I won't leave a bad review, you fixed it",
    "please tell me the status",
  ])("stays quiet on %j", (text) => {
    expect(detectPublicThreat(text)).toEqual([]);
  });
});

describe("detectLegalThreat", () => {
  it.each([
    ["My lawyer will be in touch", "My lawyer"],
    ["I am going to sue you", "sue"],
    ["I'm reporting this to the FTC", "reporting this to the FTC"],
    ["see you in small claims", "small claims"],
  ])("finds %j", (text, phrase) => {
    expect(detectLegalThreat(text).map((s) => s.text)).toContain(phrase);
  });

  it.each([
    "no need to sue anyone, just fix it",
    "I'm not going to sue, I only want a refund",
    "the suite was lovely",
  ])("stays quiet on %j", (text) => {
    expect(detectLegalThreat(text)).toEqual([]);
  });
});
