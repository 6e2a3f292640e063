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

describe("blame-shifting beyond the cue words", () => {
  it.each([
    ["The parcel came back because the address you entered was missing a flat number.", "blocker"],
    ["The booking went wrong because you picked the wrong date.", "blocker"],
    ["Our supplier sent us a bad batch.", "warning"],
    ["My colleague gave you the wrong tariff.", "warning"],
    ["The ground handling team at the airport mislaid your bag, not us.", "warning"],
    ["That was the new driver, he's still learning the area.", "warning"],
    ["The delay was caused by our logistics partner.", "warning"],
  ])("flags %s", (text, severity) => {
    expect(severities(text)[0]).toBe(severity);
  });

  it.each([
    "I've actually gone ahead and upgraded your plan.",
    "Our warehouse team packed the wrong colour; I'm sorry, we got this wrong.",
    "Our courier partner dropped your parcel at the wrong house. That's on us: we picked them.",
    "Our policy is to refund any fees when we are late.",
  ])("accepts %s", (text) => {
    expect(severities(text)).toEqual([]);
  });
});
