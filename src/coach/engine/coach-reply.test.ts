import { describe, expect, it } from "vitest";
import { coachReply } from "./coach-reply";
import { listCoachRules } from "./rule-catalog";

const good =
  "Hi Ana, I'm sorry we sent the wrong size. I've sent the right one by express today. Is there anything else I can do?";

describe("coachReply", () => {
  it("gives a clean reply full marks", () => {
    const report = coachReply({
      text: good,
      channel: "email",
      stage: "resolution",
      customer: { firstName: "Ana" },
    });
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
  });

  it("scores findings with reasons and points them at the agent's draft", () => {
    const text = "Hi {{customer.firstName}}, obviously the courier lost it.";
    const report = coachReply({
      text,
      channel: "sms",
      stage: "update",
      customer: { firstName: "Christopher" },
    });
    const condescension = report.findings.find((finding) => finding.ruleId === "condescension");
    expect(condescension && text.slice(condescension.start, condescension.end)).toBe("obviously");
    expect(report.reasons.map((reason) => reason.ruleId)).toEqual(["condescension", "blame-shifting"]);
    expect(report.score).toBe(60);
    expect(report.filledText).toContain("Hi Christopher,");
  });

  it("lets an organization switch rules off", () => {
    const report = coachReply({
      text: "Obviously it is late.",
      channel: "sms",
      stage: "update",
      settings: { disabledRules: ["condescension"] },
    });
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain("condescension");
  });

  it("lists every rule with a unique id and a requirement", () => {
    const rules = listCoachRules();
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.every((rule) => /^R\d+$/.test(rule.requirement))).toBe(true);
  });

  it("rejects input outside the schema", () => {
    expect(() => coachReply({ text: "hi", channel: "fax" as "email", stage: "update" })).toThrow(/channel/);
  });
});
