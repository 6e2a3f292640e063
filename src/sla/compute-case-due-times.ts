import type { Channel, Priority } from "../shared/vocabulary";
import { computeSlaClock, type SlaClock } from "./compute-sla-clock";
import { buildAlwaysOpenCalendar } from "./default-policy";
import type { Calendar, SlaPause, SlaPolicy } from "./schema";

/** The organization's calendars; the 24/7 one defaults to always open in the business zone. */
export type SlaCalendars = { business: Calendar; "24x7"?: Calendar };

export type CaseSlaFacts = {
  channel: Channel;
  priority: Priority;
  openedAt: Date;
  firstRespondedAt: Date | null;
  lastAgentUpdateAt: Date | null;
  resolvedAt: Date | null;
  /** Stretches spent waiting on the customer; `to` is null while still waiting. */
  pauses: SlaPause[];
};

export type SlaOutcome = { hit: boolean; actualMinutes: number; targetMinutes: number };

export type CaseDueTimes = {
  /** Pending obligations only: null once achieved, and null while paused. */
  firstResponseDueAt: Date | null;
  nextUpdateDueAt: Date | null;
  resolutionDueAt: Date | null;
  warnings: { firstResponseAt: Date | null; nextUpdateAt: Date | null; resolutionAt: Date | null };
  /** Set once the goal is achieved, for reports. */
  outcomes: { firstResponse: SlaOutcome | null; resolution: SlaOutcome | null };
  /** The full clocks, for alerting (state) and display (remaining minutes). */
  clocks: { firstResponse: SlaClock; nextUpdate: SlaClock | null; resolution: SlaClock };
};

function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

function outcomeOf(clock: SlaClock, targetMinutes: number): SlaOutcome | null {
  if (!clock.stopped) return null;
  return { hit: clock.state === "met", actualMinutes: clock.elapsedBusinessMinutes, targetMinutes };
}

function pending(clock: SlaClock | null): { dueAt: Date | null; warnAt: Date | null } {
  if (!clock || clock.stopped) return { dueAt: null, warnAt: null };
  return { dueAt: clock.dueAt, warnAt: clock.warnAt };
}

/**
 * Every SLA due time of one case, recomputed from its facts (call on every change to the case).
 * Clocks start when the case opens. Resolving the case also stops an unanswered first-response
 * clock, so a closed case never breaches later. The update cadence runs from the latest agent
 * update (or the first response) while the case is open.
 */
export function computeCaseDueTimes(options: {
  policy: SlaPolicy;
  calendars: SlaCalendars;
  case: CaseSlaFacts;
  now: Date;
}): CaseDueTimes {
  const { policy, calendars, now } = options;
  const facts = options.case;
  const target = policy.targets[facts.channel][facts.priority];
  const calendar =
    target.calendar === "24x7"
      ? (calendars["24x7"] ?? buildAlwaysOpenCalendar({ timeZone: calendars.business.timeZone }))
      : calendars.business;
  const common = { calendar, pauses: facts.pauses, now, warnAtShare: policy.warnAtShare };

  const firstResponse = computeSlaClock({
    ...common,
    startedAt: facts.openedAt,
    targetMinutes: target.firstResponseMinutes,
    stoppedAt: facts.firstRespondedAt ?? facts.resolvedAt,
  });
  const resolution = computeSlaClock({
    ...common,
    startedAt: facts.openedAt,
    targetMinutes: target.resolutionMinutes,
    stoppedAt: facts.resolvedAt,
  });
  const lastUpdate = latest([facts.firstRespondedAt, facts.lastAgentUpdateAt]);
  const nextUpdate =
    lastUpdate && !facts.resolvedAt
      ? computeSlaClock({ ...common, startedAt: lastUpdate, targetMinutes: target.updateEveryMinutes })
      : null;

  return {
    firstResponseDueAt: pending(firstResponse).dueAt,
    nextUpdateDueAt: pending(nextUpdate).dueAt,
    resolutionDueAt: pending(resolution).dueAt,
    warnings: {
      firstResponseAt: pending(firstResponse).warnAt,
      nextUpdateAt: pending(nextUpdate).warnAt,
      resolutionAt: pending(resolution).warnAt,
    },
    outcomes: {
      firstResponse: outcomeOf(firstResponse, target.firstResponseMinutes),
      resolution: outcomeOf(resolution, target.resolutionMinutes),
    },
    clocks: { firstResponse, nextUpdate, resolution },
  };
}
