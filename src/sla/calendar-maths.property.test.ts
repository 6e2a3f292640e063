import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessMinutes } from "./add-business-minutes";
import { businessMinutesBetween } from "./business-minutes-between";
import { type Calendar, calendarSchema, weekdays } from "./schema";

const zones = [
  "America/New_York",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Pacific/Chatham",
  "UTC",
];

function hhmm(minuteOfDay: number): string {
  if (minuteOfDay === 24 * 60) return "24:00";
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}

// Up to two non-overlapping intervals a day, on a 15-minute grid, from sorted distinct cut points.
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 4 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const intervals = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ start: hhmm(sorted[i]! * 15), end: hhmm(sorted[i + 1]! * 15) });
    }
    return intervals;
  });

const holiday = fc
  .date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const calendarArb: fc.Arbitrary<Calendar> = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    alwaysOpen: fc.integer({ min: 0, max: 6 }).map((roll) => roll === 0),
    days: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(holiday, { maxLength: 20 }),
  })
  .filter(({ days }) => days.some((intervals) => intervals.length > 0))
  .map(({ timeZone, alwaysOpen, days, holidays }) =>
    calendarSchema.parse({
      name: "generated",
      timeZone,
      alwaysOpen,
      weeklyHours: Object.fromEntries(weekdays.map((day, index) => [day, days[index]])),
      holidays,
    }),
  );

// Whole seconds across 2026, so DST changes in both hemispheres are covered.
const instant = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2027, 0, 1) / 1000 })
  .map((seconds) => new Date(seconds * 1000));
const minutes = fc.integer({ min: 0, max: 6_000 });

describe("business calendar maths (properties)", () => {
  it("businessMinutesBetween inverts addBusinessMinutes", () => {
    fc.assert(
      fc.property(calendarArb, instant, minutes, (calendar, start, m) => {
        const due = addBusinessMinutes({ start, minutes: m, calendar });
        expect(businessMinutesBetween({ from: start, to: due, calendar })).toBe(m);
      }),
      { numRuns: 300 },
    );
  });

  it("a due time after a positive target falls at the end of open time", () => {
    fc.assert(
      fc.property(calendarArb, instant, fc.integer({ min: 1, max: 6_000 }), (calendar, start, m) => {
        const due = addBusinessMinutes({ start, minutes: m, calendar });
        const justBefore = new Date(due.getTime() - 60_000);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        expect(businessMinutesBetween({ from: justBefore, to: due, calendar })).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("adding in two steps equals adding at once", () => {
    fc.assert(
      fc.property(calendarArb, instant, minutes, minutes, (calendar, start, a, b) => {
        const stepwise = addBusinessMinutes({
          start: addBusinessMinutes({ start, minutes: a, calendar }),
          minutes: b,
          calendar,
        });
        const direct = addBusinessMinutes({ start, minutes: a + b, calendar });
        expect(stepwise.getTime()).toBe(direct.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it("is monotonic, additive over a split, and never exceeds wall-clock time", () => {
    fc.assert(
      fc.property(calendarArb, fc.array(instant, { minLength: 3, maxLength: 3 }), (calendar, instants) => {
        const [a, b, c] = [...instants].sort((x, y) => x.getTime() - y.getTime()) as [Date, Date, Date];
        const ab = businessMinutesBetween({ from: a, to: b, calendar });
        const bc = businessMinutesBetween({ from: b, to: c, calendar });
        const ac = businessMinutesBetween({ from: a, to: c, calendar });
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ac).toBeGreaterThanOrEqual(ab);
        expect(ab + bc).toBeCloseTo(ac, 6);
        expect(ac).toBeLessThanOrEqual((c.getTime() - a.getTime()) / 60_000);
        if (calendar.alwaysOpen) expect(ac).toBe((c.getTime() - a.getTime()) / 60_000);
      }),
      { numRuns: 100 },
    );
  });

  it("a later start never gives an earlier due time", () => {
    fc.assert(
      fc.property(calendarArb, instant, instant, minutes, (calendar, x, y, m) => {
        const [early, late] = x <= y ? [x, y] : [y, x];
        const earlyDue = addBusinessMinutes({ start: early, minutes: m, calendar });
        const lateDue = addBusinessMinutes({ start: late, minutes: m, calendar });
        expect(lateDue.getTime()).toBeGreaterThanOrEqual(earlyDue.getTime());
      }),
      { numRuns: 150 },
    );
  });
});
