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

describe("unfilled-variable in other placeholder styles", () => {
  it.each([
    ["Your reference is [BOOKING REF].", "[BOOKING REF]"],
    ["Hi {first_name}, it is confirmed.", "{first_name}"],
    ["Card ending <LAST 4 DIGITS> is on its way.", "<LAST 4 DIGITS>"],
    ["Dear [Customer Name],", "[Customer Name]"],
    ["Your account is ##ACCOUNT##.", "##ACCOUNT##"],
    ["Hi %NAME%,", "%NAME%"],
  ])("blocks %s", (text, expected) => {
    expect(flagged(unfilledVariable, { text })).toEqual([expected]);
  });

  it.each([
    "See section 4(b) of the agreement [page 3].",
    "He said it was “fine” [sic] and left.",
    "Read the [help article](https://example.com/help).",
    "Items <b>in bold</b> are new.",
  ])("accepts %s", (text) => {
    expect(flagged(unfilledVariable, { text })).toEqual([]);
  });
});
