import { describe, expect, it } from "vitest";
import { flagged, runRule } from "../rule-test-kit";
import { unfilledVariable } from "./unfilled-variable";

describe("unfilled-variable", () => {
  it("blocks variables and placeholders nobody filled", () => {
    const findings = runRule(unfilledVariable, { text: "Hi {{customer.firstName}}, about [order number]." });
    expect(findings.map((finding) => finding.severity)).toEqual(["blocker", "blocker"]);
  });

  it("accepts variables that the case fills", () => {
    expect(
      flagged(unfilledVariable, { text: "Hi {{customer.firstName}}", customer: { firstName: "Rosa" } }),
    ).toEqual([]);
  });
});
