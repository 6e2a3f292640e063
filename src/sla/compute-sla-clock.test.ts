import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessMinutes } from "./add-business-minutes";
import { businessMinutesBetween } from "./business-minutes-between";
import { computeSlaClock } from "./compute-sla-clock";
import { buildDefaultBusinessCalendar } from "./default-policy";
import type { SlaPause } from "./schema";

const calendar = buildDefaultBusinessCalendar({ timeZone: "America/New_York" });
// Monday 2026-01-05, New York is UTC-5: 10:00 local = 15:00Z.
const at = (utc: string) => new Date(utc);
const base = { startedAt: at("2026-01-05T15:00:00Z"), targetMinutes: 240, calendar, warnAtShare: 0.75 };

describe("computeSlaClock", () => {
  it.each([
    // [what, now, pauses, state, elapsed]
    ["running early on", "2026-01-05T16:00:00Z", [], "running", 60],
    ["warning at 75% of the target", "2026-01-05T18:00:00Z", [], "warning", 180],
    ["still not breached exactly at the due time", "2026-01-05T19:00:00Z", [], "warning", 240],
    ["breached one minute after", "2026-01-05T19:01:00Z", [], "breached", 241],
    ["stays breached overnight without counting the night", "2026-01-06T13:00:00Z", [], "breached", 420],
    [
      "paused while waiting on the customer",
      "2026-01-05T17:00:00Z",
      [{ from: "2026-01-05T16:00:00Z", to: null }],
      "paused",
      60,
    ],
    [
      "running again after the reply",
      "2026-01-05T18:00:00Z",
      [{ from: "2026-01-05T16:00:00Z", to: "2026-01-05T17:00:00Z" }],
      "running",
      120,
    ],
    ["now before the start counts nothing", "2026-01-05T14:00:00Z", [], "running", 0],
  ] as const)("%s", (_what, now, pauses, state, elapsed) => {
    const clock = computeSlaClock({
      ...base,
      now: at(now),
      pauses: pauses.map((pause) => ({ from: at(pause.from), to: pause.to ? at(pause.to) : null })),
    });
    expect(clock.state).toBe(state);
    expect(clock.elapsedBusinessMinutes).toBe(elapsed);
    expect(clock.remainingMinutes).toBe(240 - elapsed);
  });

  it("gives due and warning times without pauses", () => {
    const clock = computeSlaClock({ ...base, pauses: [], now: at("2026-01-05T16:00:00Z") });
    expect(clock.dueAt?.toISOString()).toBe("2026-01-05T19:00:00.000Z");
    expect(clock.warnAt?.toISOString()).toBe("2026-01-05T18:00:00.000Z");
    expect(clock.stopped).toBe(false);
  });

  it("has no due time while paused, then shifts it by the open time the pause covered", () => {
    const waiting = computeSlaClock({
      ...base,
      pauses: [{ from: at("2026-01-05T16:00:00Z"), to: null }],
      now: at("2026-01-05T17:00:00Z"),
    });
    expect(waiting.dueAt).toBeNull();
    expect(waiting.warnAt).toBeNull();

    const replied = computeSlaClock({
      ...base,
      pauses: [{ from: at("2026-01-05T16:00:00Z"), to: at("2026-01-05T17:30:00Z") }],
      now: at("2026-01-05T18:00:00Z"),
    });
    expect(replied.dueAt?.toISOString()).toBe("2026-01-05T20:30:00.000Z");
    expect(replied.warnAt?.toISOString()).toBe("2026-01-05T19:30:00.000Z");
  });

  it("a pause spanning the night only shifts by the business minutes it covered", () => {
    // Starts Mon 16:00 local; waiting from 16:30 to Tue 10:00 covers 30 + 60 open minutes.
    const clock = computeSlaClock({
      ...base,
      startedAt: at("2026-01-05T21:00:00Z"),
      pauses: [{ from: at("2026-01-05T21:30:00Z"), to: at("2026-01-06T15:00:00Z") }],
      now: at("2026-01-06T16:00:00Z"),
    });
    expect(clock.elapsedBusinessMinutes).toBe(90);
    // Without the pause: Tue 12:00 local; with it, 90 open minutes later.
    expect(clock.dueAt?.toISOString()).toBe("2026-01-06T18:30:00.000Z");
  });

  it("a pause over a closed weekend changes nothing", () => {
    const friday = { ...base, startedAt: at("2026-01-09T21:00:00Z"), now: at("2026-01-12T15:00:00Z") };
    const weekend: SlaPause = { from: at("2026-01-09T23:00:00Z"), to: at("2026-01-12T13:00:00Z") };
    const withPause = computeSlaClock({ ...friday, pauses: [weekend] });
    const without = computeSlaClock({ ...friday, pauses: [] });
    expect(withPause.dueAt?.toISOString()).toBe("2026-01-12T17:00:00.000Z");
    expect(withPause).toEqual(without);
  });

  it("merges overlapping pauses and ignores pause time before the start", () => {
    const clock = computeSlaClock({
      ...base,
      pauses: [
        { from: at("2026-01-05T14:00:00Z"), to: at("2026-01-05T15:30:00Z") },
        { from: at("2026-01-05T16:00:00Z"), to: at("2026-01-05T17:00:00Z") },
        { from: at("2026-01-05T16:30:00Z"), to: at("2026-01-05T17:30:00Z") },
      ],
      now: at("2026-01-05T18:00:00Z"),
    });
    expect(clock.elapsedBusinessMinutes).toBe(180 - 30 - 90);
  });

  it("keeps the missed due time when the customer is waited on after the breach", () => {
    const clock = computeSlaClock({
      ...base,
      targetMinutes: 60,
      pauses: [{ from: at("2026-01-05T16:30:00Z"), to: null }],
      now: at("2026-01-05T17:00:00Z"),
    });
    expect(clock.state).toBe("breached");
    expect(clock.dueAt?.toISOString()).toBe("2026-01-05T16:00:00.000Z");
    expect(clock.elapsedBusinessMinutes).toBe(90);
  });

  it("a target reached exactly when a pause begins is due at that moment, not after the pause", () => {
    const clock = computeSlaClock({
      ...base,
      targetMinutes: 60,
      pauses: [{ from: at("2026-01-05T16:00:00Z"), to: at("2026-01-05T17:00:00Z") }],
      now: at("2026-01-05T17:30:00Z"),
    });
    expect(clock.dueAt?.toISOString()).toBe("2026-01-05T16:00:00.000Z");
    expect(clock).toMatchObject({ state: "breached", elapsedBusinessMinutes: 90 });
  });

  it("a pause reported as ending after now is still running at now", () => {
    const clock = computeSlaClock({
      ...base,
      pauses: [{ from: at("2026-01-05T16:00:00Z"), to: at("2026-01-05T20:00:00Z") }],
      now: at("2026-01-05T17:00:00Z"),
    });
    expect(clock.state).toBe("paused");
    expect(clock.dueAt).toBeNull();
  });

  it("is met when stopped in time, breached when stopped late, and stops counting", () => {
    const met = computeSlaClock({
      ...base,
      pauses: [],
      stoppedAt: at("2026-01-05T17:00:00Z"),
      now: at("2026-01-09T17:00:00Z"),
    });
    expect(met).toMatchObject({
      state: "met",
      stopped: true,
      elapsedBusinessMinutes: 120,
      remainingMinutes: 120,
    });
    expect(met.dueAt?.toISOString()).toBe("2026-01-05T19:00:00.000Z");

    const late = computeSlaClock({
      ...base,
      pauses: [{ from: at("2026-01-05T20:00:00Z"), to: null }],
      stoppedAt: at("2026-01-06T15:00:00Z"),
      now: at("2026-01-09T17:00:00Z"),
    });
    // 10:00–15:00 before the pause plus nothing after it: the pause runs until the stop.
    expect(late).toMatchObject({ state: "breached", stopped: true, elapsedBusinessMinutes: 300 });
  });

  it("a stop during a wait ends the wait there, so the clock still has a due time", () => {
    const clock = computeSlaClock({
      ...base,
      pauses: [{ from: at("2026-01-05T16:00:00Z"), to: null }],
      stoppedAt: at("2026-01-05T17:00:00Z"),
      now: at("2026-01-06T17:00:00Z"),
    });
    expect(clock).toMatchObject({ state: "met", elapsedBusinessMinutes: 60 });
    expect(clock.dueAt?.toISOString()).toBe("2026-01-05T20:00:00.000Z");
  });

  it("a stop in the future of now does not count yet", () => {
    const clock = computeSlaClock({
      ...base,
      pauses: [],
      stoppedAt: at("2026-01-05T18:00:00Z"),
      now: at("2026-01-05T16:00:00Z"),
    });
    expect(clock).toMatchObject({ state: "running", stopped: false, elapsedBusinessMinutes: 60 });
  });

  it("warns at the configured share, fractional minutes included", () => {
    const clock = computeSlaClock({
      ...base,
      targetMinutes: 30,
      warnAtShare: 0.5,
      pauses: [],
      now: base.startedAt,
    });
    expect(clock.warnAt?.toISOString()).toBe("2026-01-05T15:15:00.000Z");
    const odd = computeSlaClock({ ...base, targetMinutes: 45, pauses: [], now: base.startedAt });
    expect(odd.warnAt?.toISOString()).toBe("2026-01-05T15:33:45.000Z");
    const full = computeSlaClock({ ...base, warnAtShare: 1, pauses: [], now: base.startedAt });
    expect(full.warnAt?.getTime()).toBe(full.dueAt?.getTime());
  });

  it("rejects a non-positive target and a share outside (0, 1]", () => {
    const now = base.startedAt;
    expect(() => computeSlaClock({ ...base, targetMinutes: 0, pauses: [], now })).toThrow(RangeError);
    expect(() => computeSlaClock({ ...base, warnAtShare: 0, pauses: [], now })).toThrow(RangeError);
    expect(() => computeSlaClock({ ...base, warnAtShare: 1.2, pauses: [], now })).toThrow(RangeError);
  });
});

const instant = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 1) / 60_000 })
  .map((minute) => new Date(minute * 60_000));
const closedPauses = fc.array(
  fc
    .tuple(instant, fc.integer({ min: 1, max: 5_000 }))
    .map(([from, length]): SlaPause => ({ from, to: new Date(from.getTime() + length * 60_000) })),
  { maxLength: 4 },
);
// Far enough for any generated due time, near enough to keep the runs quick.
const NINETY_DAYS_MS = 90 * 24 * 60 * 60_000;
const berlin = buildDefaultBusinessCalendar({ timeZone: "Europe/Berlin" });

describe("computeSlaClock (properties)", () => {
  it("pauses only ever push the due time later", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3_000 }), closedPauses, (startedAt, target, pauses) => {
        const now = new Date(startedAt.getTime() + NINETY_DAYS_MS);
        const clock = computeSlaClock({
          startedAt,
          targetMinutes: target,
          calendar: berlin,
          pauses,
          now,
          warnAtShare: 0.75,
        });
        const unpaused = addBusinessMinutes({ start: startedAt, minutes: target, calendar: berlin });
        expect(clock.dueAt!.getTime()).toBeGreaterThanOrEqual(unpaused.getTime());
        expect(clock.warnAt!.getTime()).toBeLessThanOrEqual(clock.dueAt!.getTime());
      }),
      { numRuns: 150 },
    );
  });

  it("at the due time exactly the target has elapsed, never more than the open time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3_000 }), closedPauses, (startedAt, target, pauses) => {
        const later = new Date(startedAt.getTime() + NINETY_DAYS_MS);
        const { dueAt } = computeSlaClock({
          startedAt,
          targetMinutes: target,
          calendar: berlin,
          pauses,
          now: later,
          warnAtShare: 0.75,
        });
        const atDue = computeSlaClock({
          startedAt,
          targetMinutes: target,
          calendar: berlin,
          pauses,
          now: dueAt!,
          warnAtShare: 0.75,
        });
        expect(atDue.elapsedBusinessMinutes).toBe(target);
        expect(atDue.state).not.toBe("breached");
        expect(atDue.elapsedBusinessMinutes).toBeLessThanOrEqual(
          businessMinutesBetween({ from: startedAt, to: dueAt!, calendar: berlin }),
        );
      }),
      { numRuns: 150 },
    );
  });
});
