import { addBusinessMinutes } from "./add-business-minutes";
import { businessMinutesBetween } from "./business-minutes-between";
import type { Calendar, SlaClockState, SlaPause } from "./schema";

export type SlaClock = {
  /** When this clock started; with the clock's name it identifies the clock for fire-once alerts. */
  startedAt: Date;
  /** When the target is reached if the clock keeps running; null while paused before reaching it. */
  dueAt: Date | null;
  /** When the warning share of the target is reached; null while paused before reaching it. */
  warnAt: Date | null;
  /** Open minutes counted so far (pauses excluded), up to `stoppedAt` or `now`. */
  elapsedBusinessMinutes: number;
  /** Target minus elapsed; negative once overdue. */
  remainingMinutes: number;
  state: SlaClockState;
  /** The goal was achieved (`stoppedAt` at or before `now`); state is then "met" or "breached". */
  stopped: boolean;
};

type Window = { fromMs: number; toMs: number; open: boolean };

const MS_PER_MINUTE = 60_000;

// Summing fractional minutes drifts in floating point; everything is exact to the millisecond.
function roundToMs(minutes: number): number {
  return Math.round(minutes * MS_PER_MINUTE) / MS_PER_MINUTE;
}

/** Pauses clipped to [startMs, endMs], sorted, overlaps merged; `open` marks one still running at the end. */
function normalizePauses(pauses: SlaPause[], startMs: number, endMs: number): Window[] {
  const clipped = pauses
    .filter((pause) => pause.from.getTime() <= endMs)
    .map((pause) => {
      const toMs = pause.to?.getTime() ?? Number.POSITIVE_INFINITY;
      return {
        fromMs: Math.max(pause.from.getTime(), startMs),
        toMs: Math.min(toMs, endMs),
        open: toMs > endMs,
      };
    })
    .filter((window) => window.toMs > window.fromMs || window.open)
    .sort((a, b) => a.fromMs - b.fromMs);

  const merged: Window[] = [];
  for (const window of clipped) {
    const last = merged.at(-1);
    if (last && window.fromMs <= last.toMs) {
      last.toMs = Math.max(last.toMs, window.toMs);
      last.open = last.open || window.open;
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}

/** The instant at which `minutes` of unpaused open time have run, or null if a still-open pause comes first. */
function reachAfterPauses(options: {
  startMs: number;
  minutes: number;
  pauses: Window[];
  calendar: Calendar;
}): Date | null {
  const { calendar, pauses } = options;
  let cursor = new Date(options.startMs);
  let remaining = options.minutes;
  for (const pause of pauses) {
    const beforePause = businessMinutesBetween({ from: cursor, to: new Date(pause.fromMs), calendar });
    if (beforePause >= remaining) return addBusinessMinutes({ start: cursor, minutes: remaining, calendar });
    if (pause.open) return null;
    remaining = roundToMs(remaining - beforePause);
    cursor = new Date(pause.toMs);
  }
  return addBusinessMinutes({ start: cursor, minutes: remaining, calendar });
}

/**
 * One SLA clock (first response, next update or resolution) evaluated at `now` from its history.
 * Pauses (waiting on the customer) do not count, so they push the due time back by the open time
 * they covered; a pause that starts after the target was already missed changes nothing.
 * `stoppedAt` is when the goal was achieved (responded, resolved); the clock is then met or breached.
 */
export function computeSlaClock(options: {
  startedAt: Date;
  targetMinutes: number;
  calendar: Calendar;
  pauses: SlaPause[];
  now: Date;
  warnAtShare: number;
  stoppedAt?: Date | null;
}): SlaClock {
  const { startedAt, targetMinutes, calendar, now, warnAtShare } = options;
  if (!(targetMinutes > 0) || !Number.isFinite(targetMinutes)) {
    throw new RangeError(`targetMinutes must be a positive number, got ${targetMinutes}`);
  }
  if (!(warnAtShare > 0 && warnAtShare <= 1)) {
    throw new RangeError(`warnAtShare must be in (0, 1], got ${warnAtShare}`);
  }
  const startMs = startedAt.getTime();
  const stopped = options.stoppedAt != null && options.stoppedAt.getTime() <= now.getTime();
  const endMs = Math.max(startMs, stopped ? options.stoppedAt!.getTime() : now.getTime());

  // Once the goal is achieved nothing is pending, so a pause still open at that moment ends there.
  const pauses = normalizePauses(options.pauses, startMs, endMs).map((pause) =>
    stopped ? { ...pause, open: false } : pause,
  );
  const pausedMinutes = pauses.reduce(
    (sum, pause) =>
      sum + businessMinutesBetween({ from: new Date(pause.fromMs), to: new Date(pause.toMs), calendar }),
    0,
  );
  const elapsedBusinessMinutes = roundToMs(
    businessMinutesBetween({ from: startedAt, to: new Date(endMs), calendar }) - pausedMinutes,
  );
  const warnMinutes = roundToMs(targetMinutes * warnAtShare);
  const isPaused = !stopped && pauses.some((pause) => pause.open);

  let state: SlaClockState;
  if (stopped) state = elapsedBusinessMinutes <= targetMinutes ? "met" : "breached";
  else if (elapsedBusinessMinutes > targetMinutes) state = "breached";
  else if (isPaused) state = "paused";
  else if (elapsedBusinessMinutes >= warnMinutes) state = "warning";
  else state = "running";

  return {
    startedAt,
    dueAt: reachAfterPauses({ startMs, minutes: targetMinutes, pauses, calendar }),
    warnAt: reachAfterPauses({ startMs, minutes: warnMinutes, pauses, calendar }),
    elapsedBusinessMinutes,
    remainingMinutes: roundToMs(targetMinutes - elapsedBusinessMinutes),
    state,
    stopped,
  };
}
