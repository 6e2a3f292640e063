import { describe, expect, it } from "vitest";
import { type CaseSlaFacts, computeCaseDueTimes } from "./compute-case-due-times";
import { buildDefaultBusinessCalendar, buildDefaultSlaPolicy } from "./default-policy";
import { planSlaAlerts } from "./plan-sla-alerts";

const policy = buildDefaultSlaPolicy();
const calendars = { business: buildDefaultBusinessCalendar({ timeZone: "Europe/Berlin" }) };
// Monday 2026-01-05 10:00 in Berlin (UTC+1); email first response is due at 14:00, warned at 13:00.
const emailCase: CaseSlaFacts = {
  channel: "email",
  priority: "normal",
  openedAt: new Date("2026-01-05T09:00:00Z"),
  firstRespondedAt: null,
  lastAgentUpdateAt: null,
  resolvedAt: null,
  pauses: [],
};
const dueTimesAt = (utc: string, facts: CaseSlaFacts = emailCase) =>
  computeCaseDueTimes({ policy, calendars, case: facts, now: new Date(utc) });

describe("planSlaAlerts", () => {
  it("plans nothing while every clock is comfortably running", () => {
    expect(
      planSlaAlerts({ dueTimes: dueTimesAt("2026-01-05T10:00:00Z"), priority: "normal", alreadySent: [] }),
    ).toEqual([]);
  });

  it("warns the owner once", () => {
    const dueTimes = dueTimesAt("2026-01-05T12:30:00Z");
    const [warning, ...rest] = planSlaAlerts({ dueTimes, priority: "normal", alreadySent: [] });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      clock: "firstResponse",
      kind: "warning",
      notify: "owner",
      raisePriorityTo: null,
    });
    expect(warning?.dueAt?.toISOString()).toBe("2026-01-05T13:00:00.000Z");
    expect(planSlaAlerts({ dueTimes, priority: "normal", alreadySent: [warning!.key] })).toEqual([]);
  });

  it("escalates a breach to supervisors and raises the priority, once", () => {
    const warned = planSlaAlerts({
      dueTimes: dueTimesAt("2026-01-05T12:30:00Z"),
      priority: "normal",
      alreadySent: [],
    });
    const dueTimes = dueTimesAt("2026-01-05T13:05:00Z");
    const [breach] = planSlaAlerts({ dueTimes, priority: "normal", alreadySent: warned.map((a) => a.key) });
    expect(breach).toMatchObject({
      clock: "firstResponse",
      kind: "breach",
      notify: "supervisors",
      raisePriorityTo: "high",
    });
    const again = planSlaAlerts({
      dueTimes,
      priority: "high",
      alreadySent: [...warned.map((a) => a.key), breach!.key],
    });
    expect(again).toEqual([]);
  });

  it("skips the warning when the breach is found first, and never raises past critical", () => {
    const alerts = planSlaAlerts({
      dueTimes: dueTimesAt("2026-01-05T13:05:00Z"),
      priority: "critical",
      alreadySent: [],
    });
    expect(alerts.map((a) => [a.clock, a.kind, a.raisePriorityTo])).toEqual([
      ["firstResponse", "breach", null],
    ]);
  });

  it("a new update cycle can warn again, but stopped clocks stay quiet", () => {
    const responded = {
      ...emailCase,
      priority: "critical" as const,
      firstRespondedAt: new Date("2026-01-05T09:30:00Z"),
    };
    const first = planSlaAlerts({
      dueTimes: dueTimesAt("2026-01-05T10:20:00Z", responded),
      priority: "critical",
      alreadySent: [],
    });
    expect(first.map((a) => [a.clock, a.kind])).toEqual([["nextUpdate", "warning"]]);

    const updated = { ...responded, lastAgentUpdateAt: new Date("2026-01-05T10:25:00Z") };
    const second = planSlaAlerts({
      dueTimes: dueTimesAt("2026-01-05T11:15:00Z", updated),
      priority: "critical",
      alreadySent: first.map((a) => a.key),
    });
    expect(second.map((a) => [a.clock, a.kind])).toEqual([["nextUpdate", "warning"]]);
    expect(second[0]?.key).not.toBe(first[0]?.key);
  });
});
