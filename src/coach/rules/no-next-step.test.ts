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
