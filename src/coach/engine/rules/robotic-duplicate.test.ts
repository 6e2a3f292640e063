import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { roboticDuplicate } from "./robotic-duplicate";

const sent =
  "Hi Maria, I'm sorry your order was late. We have refunded the delivery charge and it is on its way.";

describe("robotic-duplicate", () => {
  it("flags a near copy of a recent reply", () => {
    const text = sent.replace("Maria", "Ben");
    const [finding] = runRule(roboticDuplicate, { text, recentReplies: [sent] });
    expect(finding?.message).toMatch(/recently sent/);
  });

  it("compares templates after filling their variables", () => {
    const template =
      "Dear {{customer.firstName}}, thank you for contacting us. Your issue has been escalated to the team.";
    const text = "Dear Ola, thank you for contacting us. Your issue has been escalated to the team.";
    expect(
      runRule(roboticDuplicate, { text, templates: [template], customer: { firstName: "Ola" } }),
    ).toHaveLength(1);
  });

  it("accepts a reply written for this customer", () => {
    const text = "Hi Ben, the blender jug cracked because we packed it badly; a new jug leaves today.";
    expect(runRule(roboticDuplicate, { text, recentReplies: [sent] })).toEqual([]);
  });
});
