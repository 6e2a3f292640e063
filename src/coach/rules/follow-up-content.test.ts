import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { followUpContent } from "./follow-up-content";

const complete =
  "I'm sorry again that your order was late. We refunded the delivery charge. Our warehouse mislabelled the parcel; we've fixed the labels and added a scan so it won't happen again. Thank you for your patience.";

describe("follow-up-content", () => {
  it("accepts a follow-up with all six elements", () => {
    expect(runRule(followUpContent, { text: complete, stage: "follow_up" })).toEqual([]);
  });

  it("names each missing element", () => {
    const messages = runRule(followUpContent, { text: "Just checking in. Thanks!", stage: "follow_up" }).map(
      (finding) => finding.message,
    );
    expect(messages).toHaveLength(5);
    expect(messages.join(" ")).toMatch(
      /apology.*what we gave.*what went wrong.*how it was fixed.*happen again/,
    );
  });

  it("only applies to follow-ups", () => {
    expect(runRule(followUpContent, { text: "Thanks!", stage: "update" })).toEqual([]);
  });
});
