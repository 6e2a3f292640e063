import { describe, expect, it } from "vitest";
import { addBusinessMinutes } from "./add-business-minutes";
import { buildAlwaysOpenCalendar, buildDefaultBusinessCalendar } from "./default-policy";
import { type Calendar, calendarSchema } from "./schema";

const allDay = [{ start: "00:00", end: "24:00" }];
function openEveryDay(timeZone: string): Calendar {
  return calendarSchema.parse({
    name: "Every day, all day",
    timeZone,
    weeklyHours: {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    },
  });
}

const newYork = buildDefaultBusinessCalendar({ timeZone: "America/New_York" });
const berlin = buildDefaultBusinessCalendar({ timeZone: "Europe/Berlin" });
const kolkata = buildDefaultBusinessCalendar({ timeZone: "Asia/Kolkata" });
const newYorkWithChristmas = { ...newYork, holidays: ["2026-12-25"] };
const kolkataWithRepublicDay = { ...kolkata, holidays: ["2026-01-26"] };
const berlinWithLunch = calendarSchema.parse({
  name: "Berlin with lunch",
  timeZone: "Europe/Berlin",
  weeklyHours: {
    mon: [
      { start: "13:00", end: "17:00" },
      { start: "09:00", end: "12:00" },
    ],
  },
});
const newYorkSundayNight = calendarSchema.parse({
  name: "Sunday 01–05 only",
  timeZone: "America/New_York",
  weeklyHours: { sun: [{ start: "01:00", end: "05:00" }] },
});

describe("addBusinessMinutes", () => {
  it.each([
    // [what, calendar, start (UTC), minutes, expected (UTC)]
    ["inside hours, same day (NY)", newYork, "2026-01-05T15:00:00Z", 60, "2026-01-05T16:00:00Z"],
    ["crosses closing into the next morning", newYork, "2026-01-05T21:30:00Z", 60, "2026-01-06T14:30:00Z"],
    ["starts before opening", newYork, "2026-01-05T12:00:00Z", 30, "2026-01-05T14:30:00Z"],
    [
      "ends exactly at closing, not at next opening",
      newYork,
      "2026-01-05T18:00:00Z",
      240,
      "2026-01-05T22:00:00Z",
    ],
    ["Friday afternoon rolls over the weekend", newYork, "2026-01-09T21:00:00Z", 120, "2026-01-12T15:00:00Z"],
    ["starts on Saturday", newYork, "2026-01-10T17:00:00Z", 240, "2026-01-12T18:00:00Z"],
    [
      "US spring forward weekend: Monday opens at 13:00Z",
      newYork,
      "2026-03-06T21:00:00Z",
      120,
      "2026-03-09T14:00:00Z",
    ],
    [
      "US fall back weekend: Monday opens at 14:00Z",
      newYork,
      "2026-10-30T20:00:00Z",
      120,
      "2026-11-02T15:00:00Z",
    ],
    [
      "Christmas Friday is closed all day",
      newYorkWithChristmas,
      "2026-12-24T21:00:00Z",
      120,
      "2026-12-28T15:00:00Z",
    ],
    ["EU spring forward weekend", berlin, "2026-03-27T15:00:00Z", 120, "2026-03-30T08:00:00Z"],
    ["EU fall back weekend", berlin, "2026-10-23T14:00:00Z", 120, "2026-10-26T09:00:00Z"],
    ["US already on summer time, EU not yet", berlin, "2026-03-16T08:00:00Z", 480, "2026-03-16T16:00:00Z"],
    ["lunch break is skipped", berlinWithLunch, "2026-01-05T10:30:00Z", 60, "2026-01-05T12:30:00Z"],
    ["a full business day in a half-hour zone", kolkata, "2026-03-09T03:30:00Z", 480, "2026-03-09T11:30:00Z"],
    ["one minute past a full day", kolkata, "2026-03-09T03:30:00Z", 481, "2026-03-10T03:31:00Z"],
    [
      "Republic Day Monday is skipped (IST)",
      kolkataWithRepublicDay,
      "2026-01-23T10:30:00Z",
      120,
      "2026-01-27T04:30:00Z",
    ],
    [
      "24h open day in spring forward is 23h long",
      openEveryDay("America/New_York"),
      "2026-03-07T17:00:00Z",
      1440,
      "2026-03-08T17:00:00Z",
    ],
    [
      "24h open day in fall back is 25h long",
      openEveryDay("America/New_York"),
      "2026-10-31T16:00:00Z",
      1440,
      "2026-11-01T16:00:00Z",
    ],
    [
      "Lord Howe half-hour DST start",
      openEveryDay("Australia/Lord_Howe"),
      "2026-10-03T01:30:00Z",
      1440,
      "2026-10-04T01:30:00Z",
    ],
    [
      "interval spanning the DST gap is 3 real hours",
      newYorkSundayNight,
      "2026-03-08T06:00:00Z",
      180,
      "2026-03-08T09:00:00Z",
    ],
    [
      "and the next minute waits a week",
      newYorkSundayNight,
      "2026-03-08T06:00:00Z",
      181,
      "2026-03-15T05:01:00Z",
    ],
    ["fractional minutes keep seconds", newYork, "2026-01-05T15:00:00Z", 22.5, "2026-01-05T15:22:30Z"],
  ])("%s", (_what, calendar, start, minutes, expected) => {
    const due = addBusinessMinutes({ start: new Date(start), minutes, calendar });
    expect(due.toISOString()).toBe(new Date(expected).toISOString());
  });

  it("counts plain minutes on an always-open calendar, even across DST", () => {
    const calendar = buildAlwaysOpenCalendar({ timeZone: "America/New_York" });
    const due = addBusinessMinutes({ start: new Date("2026-03-08T05:30:00Z"), minutes: 90, calendar });
    expect(due.toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("returns the start itself for zero minutes, even when closed", () => {
    const start = new Date("2026-01-10T17:00:00Z");
    const due = addBusinessMinutes({ start, minutes: 0, calendar: newYork });
    expect(due.getTime()).toBe(start.getTime());
    expect(due).not.toBe(start);
  });

  it("rejects negative or non-finite minutes", () => {
    const start = new Date("2026-01-05T15:00:00Z");
    expect(() => addBusinessMinutes({ start, minutes: -1, calendar: newYork })).toThrow(RangeError);
    expect(() => addBusinessMinutes({ start, minutes: Number.NaN, calendar: newYork })).toThrow(RangeError);
  });

  it("fails instead of looping forever on a calendar that never opens", () => {
    const closed = {
      ...newYork,
      weeklyHours: { ...newYork.weeklyHours, mon: [], tue: [], wed: [], thu: [], fri: [] },
    };
    expect(() =>
      addBusinessMinutes({ start: new Date("2026-01-05T15:00:00Z"), minutes: 1, calendar: closed }),
    ).toThrow(/no open hours/);
  });
});
