import { describe, expect, it } from "vitest";
import { businessMinutesBetween } from "./business-minutes-between";
import { buildAlwaysOpenCalendar, buildDefaultBusinessCalendar } from "./default-policy";
import { calendarSchema } from "./schema";

const allDay = [{ start: "00:00", end: "24:00" }];
const newYork = buildDefaultBusinessCalendar({ timeZone: "America/New_York" });
const berlin = buildDefaultBusinessCalendar({ timeZone: "Europe/Berlin" });
const lordHowe = buildDefaultBusinessCalendar({ timeZone: "Australia/Lord_Howe" });
const newYorkEveryDay = calendarSchema.parse({
  name: "Every day",
  timeZone: "America/New_York",
  weeklyHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
});

describe("businessMinutesBetween", () => {
  it.each([
    // [what, calendar, from (UTC), to (UTC), expected minutes]
    ["within one day", newYork, "2026-01-05T15:00:00Z", "2026-01-05T16:30:00Z", 90],
    ["both instants in the same closed night", newYork, "2026-01-05T23:00:00Z", "2026-01-06T13:00:00Z", 0],
    ["over a weekend across US spring forward", newYork, "2026-03-06T21:00:00Z", "2026-03-09T14:00:00Z", 120],
    ["over a weekend across US fall back", newYork, "2026-10-30T20:00:00Z", "2026-11-02T15:00:00Z", 120],
    ["a full Mon–Fri week", newYork, "2026-01-05T05:00:00Z", "2026-01-10T05:00:00Z", 2400],
    ["over a weekend across EU fall back", berlin, "2026-10-23T14:00:00Z", "2026-10-26T09:00:00Z", 120],
    [
      "Lord Howe: Friday 16:00 to Monday 10:00 over DST end",
      lordHowe,
      "2026-04-03T05:00:00Z",
      "2026-04-05T23:30:00Z",
      120,
    ],
    [
      "spring-forward Sunday noon to noon is 23 hours",
      newYorkEveryDay,
      "2026-03-07T17:00:00Z",
      "2026-03-08T16:00:00Z",
      1380,
    ],
    [
      "fall-back Sunday noon to noon is 25 hours",
      newYorkEveryDay,
      "2026-10-31T16:00:00Z",
      "2026-11-01T17:00:00Z",
      1500,
    ],
    ["seconds count as fractions", newYork, "2026-01-05T15:00:00Z", "2026-01-05T15:00:30Z", 0.5],
  ])("%s", (_what, calendar, from, to, expected) => {
    expect(businessMinutesBetween({ from: new Date(from), to: new Date(to), calendar })).toBe(expected);
  });

  it("skips holidays", () => {
    const calendar = { ...newYork, holidays: ["2026-12-25"] };
    const from = new Date("2026-12-24T14:00:00Z");
    const to = new Date("2026-12-28T14:00:00Z");
    expect(businessMinutesBetween({ from, to, calendar })).toBe(480);
    expect(businessMinutesBetween({ from, to, calendar: newYork })).toBe(960);
  });

  it("is negative when the instants are reversed", () => {
    const from = new Date("2026-01-05T16:30:00Z");
    const to = new Date("2026-01-05T15:00:00Z");
    expect(businessMinutesBetween({ from, to, calendar: newYork })).toBe(-90);
  });

  it("counts wall-clock minutes on an always-open calendar", () => {
    const calendar = buildAlwaysOpenCalendar({ timeZone: "Europe/Berlin" });
    const from = new Date("2026-03-28T22:00:00Z");
    const to = new Date("2026-03-29T04:00:00Z");
    expect(businessMinutesBetween({ from, to, calendar })).toBe(360);
  });
});
