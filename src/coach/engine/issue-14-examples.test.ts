import { describe, expect, it } from "vitest";
import { coachReply } from "./coach-reply";
import type { CoachInput } from "./schema";

const now = "2025-03-03T09:00:00Z";
const coach = (input: Partial<CoachInput> & { text: string }) =>
  coachReply({ channel: "email", stage: "first_reply", now, ...input });
const rulesOf = (report: ReturnType<typeof coachReply>) => report.findings.map((finding) => finding.ruleId);
const blockers = (report: ReturnType<typeof coachReply>) =>
  report.findings.filter((finding) => finding.severity === "blocker").map((finding) => finding.ruleId);

// The four replies at the top of issue 14, and the three false alarms it names.
describe("issue 14 examples", () => {
  it("blocks the form-letter apology defended with policy", () => {
    const report = coach({
      text: "We apologize for any inconvenience this may have caused. Unfortunately that is our policy.",
      stage: "resolution",
    });
    expect(blockers(report)).toContain("corporate-register");
    expect(report.score).toBeLessThan(50);
  });

  it("blocks “It's company policy, I'm afraid”", () => {
    const report = coach({ text: "It's company policy, I'm afraid." });
    expect(blockers(report)).toContain("corporate-register");
  });

  it("blocks sending the heater back at the first reply, and clears it when a courier collects", () => {
    const report = coach({ text: "Please send the heater back to us and we will look at it." });
    expect(blockers(report)).toContain("customer-effort");
    const collected = coach({
      text: "I'm sorry the heater broke. The courier will collect it on Wednesday with a prepaid label.",
    });
    expect(rulesOf(collected)).not.toContain("customer-effort");
  });

  it("flags a 522-character reply on X", () => {
    const text = `Hi Jo, ${"I'm sorry about the delay with your order and the wait. ".repeat(10)}`.slice(
      0,
      522,
    );
    const report = coach({ text, channel: "twitter", stage: "update", customer: { firstName: "Jo" } });
    const finding = report.findings.find((item) => item.ruleId === "channel-limit");
    expect(finding?.message).toContain("522 characters");
    expect(report.score).toBeLessThan(80);
  });

  it("leaves an honest promise with a registered time alone", () => {
    const report = coach({
      text: "Hi Priya, what I can promise is an update every morning at 9 until the part arrives.",
      stage: "update",
      customer: { firstName: "Priya" },
      promises: [{ description: "daily update", dueAt: "2025-03-04T09:00:00Z" }],
    });
    expect(rulesOf(report)).not.toContain("overconfident-promise");
  });

  it("does not call a courier collecting for the customer blame", () => {
    const report = coach({
      text: "Hi Amara, I'm sorry we sent the wrong size. Our partner Evri will collect the faulty jacket on Tuesday.",
      stage: "update",
    });
    expect(rulesOf(report)).not.toContain("blame-shifting");
  });

  it("lets a clarifying first reply hold the apology", () => {
    const report = coach({
      text: "Hi Sal, thanks for letting us know, and sorry if I've got this wrong: did the parcel arrive damaged, or not arrive at all?",
    });
    expect(rulesOf(report)).not.toContain("missing-apology");
    expect(rulesOf(report)).not.toContain("non-apology");
  });

  it("gives “ready” scores only to replies without blockers or warnings", () => {
    const warned = coach({ text: "Hi Sam, the refund definitely arrives tomorrow.", stage: "update" });
    expect(warned.findings.some((finding) => finding.severity === "warning")).toBe(true);
    expect(warned.score).toBeLessThan(80);
    const clean = coach({
      text: "Hi Sam, I'm sorry we charged you twice. I've refunded the £12 today.",
      stage: "update",
    });
    expect(clean.findings.filter((finding) => finding.severity !== "hint")).toEqual([]);
    expect(clean.score).toBeGreaterThanOrEqual(80);
  });
});
