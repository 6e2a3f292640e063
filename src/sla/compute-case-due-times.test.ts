import { describe, expect, it } from "vitest";
import { type CaseSlaFacts, computeCaseDueTimes } from "./compute-case-due-times";
import { buildDefaultBusinessCalendar, buildDefaultSlaPolicy } from "./default-policy";
import { calendarSchema } from "./schema";

const policy = buildDefaultSlaPolicy();
const calendars = { business: buildDefaultBusinessCalendar({ timeZone: "America/New_York" }) };
const at = (utc: string) => new Date(utc);
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

function facts(overrides: Partial<CaseSlaFacts>): CaseSlaFacts {
  return {
    channel: "email",
    priority: "normal",
    openedAt: at("2026-01-05T14:00:00Z"),
    firstRespondedAt: null,
    lastAgentUpdateAt: null,
    resolvedAt: null,
    pauses: [],
    ...overrides,
  };
}

describe("computeCaseDueTimes", () => {
  it("social channels run 24/7: a Saturday tweet is due in 30 minutes", () => {
    const due = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({ channel: "twitter", priority: "critical", openedAt: at("2026-01-10T17:00:00Z") }),
      now: at("2026-01-10T17:10:00Z"),
    });
    expect(iso(due.firstResponseDueAt)).toBe("2026-01-10T17:30:00.000Z");
    expect(iso(due.warnings.firstResponseAt)).toBe("2026-01-10T17:22:30.000Z");
    expect(iso(due.resolutionDueAt)).toBe("2026-01-11T17:00:00.000Z");
    expect(iso(due.warnings.resolutionAt)).toBe("2026-01-11T11:00:00.000Z");
    expect(due.nextUpdateDueAt).toBeNull();
    expect(due.outcomes).toEqual({ firstResponse: null, resolution: null });
    expect(due.clocks.firstResponse.state).toBe("running");
  });

  it("email counts business hours: Friday 16:00 is answered by Monday noon", () => {
    const due = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({ openedAt: at("2026-01-09T21:00:00Z") }),
      now: at("2026-01-09T21:05:00Z"),
    });
    expect(iso(due.firstResponseDueAt)).toBe("2026-01-12T17:00:00.000Z");
    expect(iso(due.warnings.firstResponseAt)).toBe("2026-01-12T16:00:00.000Z");
    // Three business days of 8 hours: Fri 1 h, Mon 8, Tue 8, Wed 7 → Wednesday 16:00.
    expect(iso(due.resolutionDueAt)).toBe("2026-01-14T21:00:00.000Z");
  });

  it("after the first response, records the outcome and starts the update cadence", () => {
    const opened = { priority: "critical" as const, openedAt: at("2026-01-09T21:00:00Z") };
    const responded = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({ ...opened, firstRespondedAt: at("2026-01-12T15:00:00Z") }),
      now: at("2026-01-12T15:30:00Z"),
    });
    expect(responded.firstResponseDueAt).toBeNull();
    expect(responded.warnings.firstResponseAt).toBeNull();
    expect(responded.outcomes.firstResponse).toEqual({ hit: true, actualMinutes: 120, targetMinutes: 240 });
    expect(iso(responded.nextUpdateDueAt)).toBe("2026-01-12T16:00:00.000Z");
    expect(iso(responded.warnings.nextUpdateAt)).toBe("2026-01-12T15:45:00.000Z");
    expect(iso(responded.resolutionDueAt)).toBe("2026-01-12T21:00:00.000Z");

    const updated = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({
        ...opened,
        firstRespondedAt: at("2026-01-12T15:00:00Z"),
        lastAgentUpdateAt: at("2026-01-12T16:00:00Z"),
      }),
      now: at("2026-01-12T16:10:00Z"),
    });
    expect(iso(updated.nextUpdateDueAt)).toBe("2026-01-12T17:00:00.000Z");
  });

  it("records a missed first response with its actual minutes", () => {
    const due = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({ channel: "sms", priority: "high", firstRespondedAt: at("2026-01-05T15:30:00Z") }),
      now: at("2026-01-05T16:00:00Z"),
    });
    expect(due.outcomes.firstResponse).toEqual({ hit: false, actualMinutes: 90, targetMinutes: 60 });
    expect(due.clocks.firstResponse.state).toBe("breached");
    expect(iso(due.nextUpdateDueAt)).toBe("2026-01-05T19:30:00.000Z");
  });

  it("resolving stops every clock, including an unanswered first response", () => {
    const due = computeCaseDueTimes({
      policy,
      calendars,
      case: facts({ channel: "webform", priority: "low", resolvedAt: at("2026-01-06T15:00:00Z") }),
      now: at("2026-01-20T15:00:00Z"),
    });
    expect([due.firstResponseDueAt, due.nextUpdateDueAt, due.resolutionDueAt]).toEqual([null, null, null]);
    expect(due.warnings).toEqual({ firstResponseAt: null, nextUpdateAt: null, resolutionAt: null });
    expect(due.outcomes.firstResponse).toEqual({ hit: false, actualMinutes: 540, targetMinutes: 240 });
    expect(due.outcomes.resolution).toEqual({ hit: true, actualMinutes: 540, targetMinutes: 2400 });
    expect(due.clocks.nextUpdate).toBeNull();
  });

  it("waiting on the customer clears due times and resumes them, shifted, on the reply", () => {
    const waiting = facts({
      firstRespondedAt: at("2026-01-05T15:00:00Z"),
      pauses: [{ from: at("2026-01-05T15:30:00Z"), to: null }],
    });
    const paused = computeCaseDueTimes({ policy, calendars, case: waiting, now: at("2026-01-06T17:00:00Z") });
    expect([paused.nextUpdateDueAt, paused.resolutionDueAt]).toEqual([null, null]);
    expect(paused.clocks.resolution.state).toBe("paused");
    expect(paused.clocks.nextUpdate?.state).toBe("paused");

    const replied = computeCaseDueTimes({
      policy,
      calendars,
      case: { ...waiting, pauses: [{ from: at("2026-01-05T15:30:00Z"), to: at("2026-01-06T15:30:00Z") }] },
      now: at("2026-01-06T16:00:00Z"),
    });
    // 30 minutes ran before the wait, so 450 of the daily 480 remain from Tue 10:30.
    expect(iso(replied.nextUpdateDueAt)).toBe("2026-01-07T15:00:00.000Z");
  });

  it("uses the organization's own 24/7 calendar and business holidays", () => {
    const everyDay = [{ start: "07:00", end: "23:00" }];
    const socialHours = calendarSchema.parse({
      name: "Social desk",
      timeZone: "America/New_York",
      weeklyHours: {
        mon: everyDay,
        tue: everyDay,
        wed: everyDay,
        thu: everyDay,
        fri: everyDay,
        sat: everyDay,
        sun: everyDay,
      },
    });
    const instagram = computeCaseDueTimes({
      policy,
      calendars: { ...calendars, "24x7": socialHours },
      case: facts({ channel: "instagram", openedAt: at("2026-01-10T08:00:00Z") }),
      now: at("2026-01-10T08:00:00Z"),
    });
    expect(iso(instagram.firstResponseDueAt)).toBe("2026-01-10T12:30:00.000Z");

    const email = computeCaseDueTimes({
      policy,
      calendars: { business: { ...calendars.business, holidays: ["2026-01-19"] } },
      case: facts({ openedAt: at("2026-01-16T21:00:00Z") }),
      now: at("2026-01-16T21:00:00Z"),
    });
    expect(iso(email.firstResponseDueAt)).toBe("2026-01-20T17:00:00.000Z");
  });
});
