import { describe, expect, it } from "vitest";
import { runRule } from "../rule-test-kit";
import { blameShifting } from "./blame-shifting";

const severities = (text: string) => runRule(blameShifting, { text }).map((finding) => finding.severity);

describe("blame-shifting", () => {
  it("treats blaming the customer as a blocker", () => {
    expect(severities("You should have checked the size chart.")).toEqual(["blocker"]);
    expect(severities("You entered the wrong postcode.")).toEqual(["blocker"]);
  });

  it.each([
    "The courier lost your parcel.",
    "The system cancelled your booking.",
    "Company policy does not allow refunds.",
    "As I said before, parts only.",
    "Actually, it was delivered on time.",
    "The delay is out of our control.",
  ])("warns on %s", (text) => {
    expect(severities(text)).toEqual(["warning"]);
  });

  it.each([
    "We chose the courier, so the lost parcel is our responsibility.",
    "I want to find out what actually happened.",
    "You didn't receive the email we promised, and that is on us.",
  ])("accepts %s", (text) => {
    expect(severities(text)).toEqual([]);
  });
});
