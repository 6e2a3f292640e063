import { hasWeeklyHours, listOpenIntervals, localDateOf } from "./list-open-intervals";
import type { Calendar } from "./schema";

const MS_PER_MINUTE = 60_000;
// Enough to step over years of holidays, small enough to fail fast on a calendar that never opens.
const MAX_CLOSED_DAYS_IN_A_ROW = 3_660;

/**
 * The instant `minutes` of open time after `start`.
 * Minutes may be fractional (millisecond precision). Zero minutes returns `start` itself, even
 * outside business hours; otherwise a target that ends exactly at closing time is due at closing,
 * not at the next opening.
 */
export function addBusinessMinutes(options: { start: Date; minutes: number; calendar: Calendar }): Date {
  const { start, minutes, calendar } = options;
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  let remainingMs = Math.round(minutes * MS_PER_MINUTE);
  if (remainingMs === 0) return new Date(start.getTime());
  if (calendar.alwaysOpen) return new Date(start.getTime() + remainingMs);
  if (!hasWeeklyHours(calendar)) throw new Error(`calendar "${calendar.name}" has no open hours`);

  const cursorMs = start.getTime();
  let date = localDateOf({ instant: start, timeZone: calendar.timeZone });
  let closedDaysInARow = 0;
  for (;;) {
    const spans = listOpenIntervals({ calendar, date });
    let openedToday = false;
    for (const span of spans) {
      const from = Math.max(span.startMs, cursorMs);
      if (from >= span.endMs) continue;
      openedToday = true;
      const available = span.endMs - from;
      if (remainingMs <= available) return new Date(from + remainingMs);
      remainingMs -= available;
    }
    closedDaysInARow = openedToday ? 0 : closedDaysInARow + 1;
    if (closedDaysInARow > MAX_CLOSED_DAYS_IN_A_ROW) {
      throw new Error(
        `calendar "${calendar.name}" stays closed for more than ${MAX_CLOSED_DAYS_IN_A_ROW} days`,
      );
    }
    date = date.plus({ days: 1 });
  }
}
