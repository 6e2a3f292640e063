import { describe, expect, it } from "vitest";
import { buildDefaultSlaPolicy } from "./default-policy";
import { calendarSchema, slaPolicySchema } from "./schema";

const workday = [{ start: "09:00", end: "17:00" }];
const valid = { name: "Berlin office", timeZone: "Europe/Berlin", weeklyHours: { mon: workday } };

function issuePaths(input: unknown): string[] {
  const result = calendarSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("calendarSchema", () => {
  it("fills defaults: not always open, missing days closed, no holidays", () => {
    const calendar = calendarSchema.parse(valid);
    expect(calendar.alwaysOpen).toBe(false);
    expect(calendar.weeklyHours.tue).toEqual([]);
    expect(calendar.holidays).toEqual([]);
  });

  it("accepts several intervals a day and an end at 24:00", () => {
    const weeklyHours = {
      sat: [
        { start: "18:00", end: "24:00" },
        { start: "08:00", end: "12:00" },
      ],
    };
    expect(calendarSchema.safeParse({ ...valid, weeklyHours }).success).toBe(true);
  });

  it.each([
    ["an unknown time zone", { ...valid, timeZone: "Mars/Olympus" }, "timeZone"],
    [
      "a malformed time",
      { ...valid, weeklyHours: { mon: [{ start: "9:00", end: "17:00" }] } },
      "weeklyHours.mon.0.start",
    ],
    [
      "an interval that ends before it starts",
      { ...valid, weeklyHours: { mon: [{ start: "17:00", end: "09:00" }] } },
      "weeklyHours.mon.0.end",
    ],
    [
      "overlapping intervals",
      {
        ...valid,
        weeklyHours: {
          mon: [
            { start: "09:00", end: "13:00" },
            { start: "12:00", end: "17:00" },
          ],
        },
      },
      "weeklyHours.mon",
    ],
    ["a week with no open hours", { ...valid, weeklyHours: {} }, "weeklyHours"],
    ["a holiday that is not a date", { ...valid, holidays: ["2026-02-30"] }, "holidays.0"],
    ["a blank name", { ...valid, name: "  " }, "name"],
  ])("rejects %s", (_what, input, path) => {
    expect(issuePaths(input)).toContain(path);
  });

  it("an always-open calendar needs no weekly hours", () => {
    expect(calendarSchema.safeParse({ name: "24/7", timeZone: "UTC", alwaysOpen: true }).success).toBe(true);
  });
});

describe("slaPolicySchema", () => {
  it("defaults the warning share to 75%", () => {
    const { targets } = buildDefaultSlaPolicy();
    expect(slaPolicySchema.parse({ targets }).warnAtShare).toBe(0.75);
  });

  it("requires every channel and a share in (0, 1]", () => {
    const { targets } = buildDefaultSlaPolicy();
    const { sms: _dropped, ...withoutSms } = targets;
    expect(slaPolicySchema.safeParse({ targets: withoutSms }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ targets, warnAtShare: 0 }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ targets, warnAtShare: 1.5 }).success).toBe(false);
    const fractional = {
      ...targets,
      sms: { ...targets.sms, low: { ...targets.sms.low, firstResponseMinutes: 0.5 } },
    };
    expect(slaPolicySchema.safeParse({ targets: fractional }).success).toBe(false);
  });
});
