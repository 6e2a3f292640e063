import { describe, expect, it } from "vitest";
import { buildPlan } from "./build-plan";

describe("buildPlan", () => {
  it("lists the open promises soonest first, with when and who, in the organization's time zone", () => {
    const plan = buildPlan({
      timeZone: "Europe/London",
      customerFirstName: "Priya",
      promises: [
        {
          text: "Send your replacement tent.",
          dueAt: new Date("2026-12-10T17:00:00Z"),
          ownerName: "Ana Agent",
        },
        { text: "Refund the €12 delivery charge", dueAt: new Date("2026-12-08T12:30:00Z"), ownerName: null },
      ],
    });
    expect(plan).toBe(
      [
        "Priya, here is what we will do, and by when:",
        "• Refund the €12 delivery charge — by Tuesday 8 December at 12:30 pm.",
        "• Send your replacement tent — by Thursday 10 December at 5:00 pm (Ana Agent).",
        "If anything changes, we will tell you before then.",
      ].join("\n"),
    );
  });

  it("has no plan without open promises", () => {
    expect(buildPlan({ timeZone: "UTC", promises: [] })).toBeNull();
  });
});
