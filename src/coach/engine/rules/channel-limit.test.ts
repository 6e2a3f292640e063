import { describe, expect, it } from "vitest";
import { coachReply } from "../coach-reply";
import { smsSegments } from "./channel-limit";

const check = (text: string, channel: "sms" | "twitter" | "facebook" | "email") =>
  coachReply({ text, channel, stage: "update" }).findings.filter(
    (finding) => finding.ruleId === "channel-limit",
  );

describe("channel-limit", () => {
  it("counts SMS segments in GSM-7 and UCS-2", () => {
    expect(smsSegments("a".repeat(160))).toEqual({ segments: 1, encoding: "GSM-7", units: 160 });
    expect(smsSegments("a".repeat(161)).segments).toBe(2);
    expect(smsSegments(`${"a".repeat(69)}🙏`).encoding).toBe("UCS-2");
    expect(smsSegments("€".repeat(80)).units).toBe(160);
  });

  it("warns from three SMS segments and hints at two, with the count", () => {
    expect(check("a ".repeat(240), "sms")[0]).toMatchObject({ severity: "warning" });
    expect(check("a ".repeat(240), "sms")[0]?.message).toContain("4 SMS segments");
    expect(check("a ".repeat(100), "sms")[0]).toMatchObject({ severity: "hint" });
    expect(check("Your refund is done.", "sms")).toEqual([]);
  });

  it("counts links as 23 characters on X", () => {
    expect(check(`Sorry! ${"x".repeat(240)} https://example.com/${"a".repeat(60)}`, "twitter")).toEqual([]);
    expect(check("x ".repeat(141), "twitter")).toHaveLength(1);
  });

  it("flags markup on plain-text channels but not in email", () => {
    expect(check("Your **new date** is Thursday.", "facebook")).toHaveLength(1);
    expect(check("See [the tracking](https://t.example/1).", "sms")).toHaveLength(1);
    expect(check("Your **new date** is Thursday.", "email")).toEqual([]);
    expect(check("Details: https://example.com/r/12", "facebook")).toEqual([]);
  });
});
