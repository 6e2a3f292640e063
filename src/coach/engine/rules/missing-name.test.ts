import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { missingName } from "./missing-name";

describe("missing-name", () => {
  it("wants the customer's name on social channels", () => {
    const customer = { firstName: "Kofi" };
    expect(runRule(missingName, { text: "Sorry we missed you!", channel: "twitter", customer })).toHaveLength(
      1,
    );
    expect(
      runRule(missingName, { text: "Hi Kofi, sorry we missed you!", channel: "twitter", customer }),
    ).toEqual([]);
  });

  it("falls back to a named greeting when the name is unknown", () => {
    expect(runRule(missingName, { text: "Hi there, sorry!", channel: "facebook" })).toHaveLength(1);
    expect(runRule(missingName, { text: "Hey @dani, sorry!", channel: "instagram" })).toEqual([]);
  });

  it("ignores other channels", () => {
    expect(runRule(missingName, { text: "Sorry we missed you.", channel: "sms" })).toEqual([]);
  });
});
