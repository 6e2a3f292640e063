import { describe, expect, it } from "vitest";
import { coachReply } from "../coach-reply";

const fired = (text: string) =>
  coachReply({ text, channel: "email", stage: "update" }).findings.filter(
    (finding) => finding.ruleId === "corporate-register",
  );

describe("corporate-register", () => {
  it.each([
    "We apologise for the inconvenience caused.",
    "Per our policy, returns are accepted within 30 days only.",
    "As per your request, the account has been closed.",
    "Kindly note that the delivery charge is non-refundable.",
    "Please be advised that the engineer visit is chargeable.",
    "We value your business.",
    "Your call is important to us.",
    "We regret to inform you that the item is discontinued.",
    "We understand your frustration.",
    "Unfortunately we are unable to offer a refund.",
  ])("blocks “%s” with a reason and a better way", (text) => {
    const [finding] = fired(text);
    expect(finding).toMatchObject({ severity: "blocker" });
    expect(finding?.suggestion?.length).toBeGreaterThan(20);
  });

  it.each([
    "I'm sorry for the inconvenience of the cancelled class on Tuesday.",
    "Our policy is to refund any fees we caused, so I've refunded the £15.",
    "I understand your frustration with the three missed calls, and I'm sorry.",
    "Unfortunately that size is sold out, but I can send the next size up today.",
  ])("leaves “%s” alone", (text) => {
    expect(fired(text)).toEqual([]);
  });
});
