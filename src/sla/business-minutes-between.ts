import { listOpenIntervals, localDateOf } from "./list-open-intervals";
import type { Calendar } from "./schema";

const MS_PER_MINUTE = 60_000;

/**
 * Open minutes of `calendar` between two instants (fractional, millisecond precision).
 * Antisymmetric: when `to` is before `from` the result is negative, so "minutes left" can go
 * below zero once a target is overdue.
 */
export function businessMinutesBetween(options: { from: Date; to: Date; calendar: Calendar }): number {
  const { from, to, calendar } = options;
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs < fromMs) return -businessMinutesBetween({ from: to, to: from, calendar });
  if (calendar.alwaysOpen) return (toMs - fromMs) / MS_PER_MINUTE;

  let openMs = 0;
  let date = localDateOf({ instant: from, timeZone: calendar.timeZone });
  const lastDate = localDateOf({ instant: to, timeZone: calendar.timeZone });
  while (date <= lastDate) {
    for (const span of listOpenIntervals({ calendar, date })) {
      const overlap = Math.min(span.endMs, toMs) - Math.max(span.startMs, fromMs);
      if (overlap > 0) openMs += overlap;
    }
    date = date.plus({ days: 1 });
  }
  return openMs / MS_PER_MINUTE;
}
