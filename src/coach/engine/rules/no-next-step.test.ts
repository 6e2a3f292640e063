import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { noNextStep } from "./no-next-step";

const check = (text: string) => runRule(noNextStep, { text, stage: "resolution" });

describe("no-next-step", () => {
  it("flags a resolution with neither a done step nor a time", () => {
    expect(check("I'm sorry. We will look into it.")).toHaveLength(1);
    expect(check("We have escalated your issue.")).toHaveLength(1);
  });

  it("accepts a completed step or a timeline", () => {
    expect(check("I've refunded the £12.")).toEqual([]);
    expect(check("The new pair ships today and will arrive within 2 days.")).toEqual([]);
    expect(check("Your refund has been processed.")).toEqual([]);
  });

  it("only applies to resolutions", () => {
    expect(runRule(noNextStep, { text: "We will look into it.", stage: "update" })).toEqual([]);
  });
});

describe("no-next-step beyond “I've …”", () => {
  it.each([
    "The £15 was refunded today and your plan shows correctly now.",
    "A new one was posted this morning.",
    "Engineers restored the line at 7am.",
    "Your application has now been approved and the offer letter is attached.",
    "The extra £18 has gone back onto your card.",
    "The refund should possibly reach you in approximately three working days.",
  ])("accepts the step in %s", (text) => {
    expect(check(text)).toEqual([]);
  });

  it.each([
    "I'm sorry we deleted your reports. We're looking at ways to stop this. Anything else?",
    "I'm sorry your order was delayed and then damaged. We appreciate your patience.",
    "Your parcel was sent to the wrong address. We are looking into it.",
  ])("still flags %s", (text) => {
    expect(check(text)).toHaveLength(1);
  });
});
