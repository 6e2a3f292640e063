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

describe("follow-up-content in other words", () => {
  const missing = (text: string) =>
    runRule(followUpContent, { text, stage: "follow_up" }).map((finding) => finding.message);

  it("sees prevention and causes stated any way", () => {
    const base = "I'm sorry again. We refunded the fee. Thank you. ";
    expect(
      missing(
        `${base}Our van was double-booked by our planners, and we now confirm every slot the evening before.`,
      ),
    ).toEqual([]);
    expect(
      missing(
        `${base}The cause was a sync gap; it has been fixed and the systems now sync every minute, which stops a room from being sold twice.`,
      ),
    ).toEqual([]);
    expect(
      missing(
        `${base}It was caused by a faulty card, which we replaced, and this won't happen to you again.`,
      ),
    ).toEqual([]);
  });

  it("still asks for prevention when none is given", () => {
    expect(
      missing(
        "I'm sorry again. We refunded the fee. A clerk cancelled the wrong booking. We've rebooked you. Thank you.",
      ),
    ).toContain("This follow-up is missing why it won't happen again.");
  });
});
