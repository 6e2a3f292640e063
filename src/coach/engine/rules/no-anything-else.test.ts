import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { noAnythingElse } from "./no-anything-else";

describe("no-anything-else", () => {
  it("hints when a resolution or a closing message does not ask", () => {
    expect(runRule(noAnythingElse, { text: "I've refunded you.", stage: "resolution" })).toHaveLength(1);
    expect(runRule(noAnythingElse, { text: "I'll close this ticket now.", stage: "update" })).toHaveLength(1);
  });

  it("accepts the question in its many forms", () => {
    const stage = "resolution" as const;
    expect(runRule(noAnythingElse, { text: "Refunded. Anything else I can do?", stage })).toEqual([]);
    expect(runRule(noAnythingElse, { text: "Refunded. What else can I do for you?", stage })).toEqual([]);
    expect(runRule(noAnythingElse, { text: "The parcel left today.", stage: "update" })).toEqual([]);
  });
});
