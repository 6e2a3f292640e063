import { describe, expect, it } from "vitest";
import { channelSchema, prioritySchema } from "../shared/vocabulary";
import {
  buildAlwaysOpenCalendar,
  buildDefaultBusinessCalendar,
  buildDefaultSlaPolicy,
} from "./default-policy";
import { slaPolicySchema } from "./schema";

describe("buildDefaultSlaPolicy", () => {
  const policy = buildDefaultSlaPolicy();

  it("covers every channel × priority and passes its own schema", () => {
    expect(slaPolicySchema.parse(policy)).toEqual(policy);
    for (const channel of channelSchema.options) {
      expect(Object.keys(policy.targets[channel]).sort()).toEqual([...prioritySchema.options].sort());
    }
    expect(policy.warnAtShare).toBe(0.75);
  });

  it.each([
    ["twitter", 30, "24x7"],
    ["facebook", 30, "24x7"],
    ["instagram", 30, "24x7"],
    ["sms", 60, "business"],
    ["phone", 60, "business"],
    ["email", 240, "business"],
    ["webform", 240, "business"],
    ["api", 240, "business"],
    ["visit", 240, "business"],
  ] as const)("%s answers within %i minutes on the %s calendar", (channel, minutes, calendar) => {
    for (const priority of prioritySchema.options) {
      expect(policy.targets[channel][priority]).toMatchObject({ firstResponseMinutes: minutes, calendar });
    }
  });

  it.each([
    ["critical", 60, 60],
    ["high", 240, 240],
    ["normal", 1_440, 480],
    ["low", 1_440, 480],
  ] as const)("%s cases are updated every %i min (24/7) or %i business min", (priority, allDay, business) => {
    expect(policy.targets.twitter[priority].updateEveryMinutes).toBe(allDay);
    expect(policy.targets.email[priority].updateEveryMinutes).toBe(business);
  });

  it("resolves more urgent cases sooner", () => {
    for (const channel of ["twitter", "email"] as const) {
      const { critical, high, normal, low } = policy.targets[channel];
      expect(critical.resolutionMinutes).toBeLessThan(high.resolutionMinutes);
      expect(high.resolutionMinutes).toBeLessThan(normal.resolutionMinutes);
      expect(normal.resolutionMinutes).toBeLessThan(low.resolutionMinutes);
    }
    expect(policy.targets.email.critical.resolutionMinutes).toBe(480);
    expect(policy.targets.twitter.critical.resolutionMinutes).toBe(1_440);
  });
});

describe("default calendars", () => {
  it("business hours are Mon–Fri 09:00–17:00 in the given zone, no holidays", () => {
    const calendar = buildDefaultBusinessCalendar({ timeZone: "Asia/Kolkata" });
    expect(calendar).toMatchObject({ timeZone: "Asia/Kolkata", alwaysOpen: false, holidays: [] });
    expect(calendar.weeklyHours.mon).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(calendar.weeklyHours.fri).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(calendar.weeklyHours.sat).toEqual([]);
    expect(calendar.weeklyHours.sun).toEqual([]);
  });

  it("the 24/7 calendar is always open", () => {
    expect(buildAlwaysOpenCalendar({ timeZone: "Europe/Berlin" }).alwaysOpen).toBe(true);
  });

  it("rejects a zone that is not IANA", () => {
    expect(() => buildDefaultBusinessCalendar({ timeZone: "Europe/Atlantis" })).toThrow(/IANA/);
  });
});
