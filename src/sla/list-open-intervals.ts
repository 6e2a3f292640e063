import { DateTime } from "luxon";
import { type Calendar, clockTimeToMinutes, type Weekday, weekdays } from "./schema";

/** An open stretch of real time, in epoch milliseconds, end exclusive. */
export type OpenSpan = { startMs: number; endMs: number };

/**
 * A local calendar date. It is carried as a UTC DateTime so that stepping day by day is pure
 * date arithmetic, untouched by the calendar zone's DST changes.
 */
export type LocalDate = DateTime;

export function localDateOf(options: { instant: Date; timeZone: string }): LocalDate {
  const local = DateTime.fromJSDate(options.instant, { zone: options.timeZone });
  return DateTime.utc(local.year, local.month, local.day);
}

function instantAt(options: { date: LocalDate; minuteOfDay: number; timeZone: string }): number {
  const { date, minuteOfDay, timeZone } = options;
  if (minuteOfDay >= 24 * 60) {
    const next = date.plus({ days: 1 });
    return DateTime.fromObject(
      { year: next.year, month: next.month, day: next.day },
      { zone: timeZone },
    ).toMillis();
  }
  // Luxon moves a wall time that does not exist (spring forward gap) to just after the gap, and
  // picks one of the two offsets for a repeated wall time (fall back); both add and between use
  // this same mapping, so they stay exact inverses.
  return DateTime.fromObject(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: Math.floor(minuteOfDay / 60),
      minute: minuteOfDay % 60,
    },
    { zone: timeZone },
  ).toMillis();
}

/**
 * The open spans of one local date of a business calendar, sorted and merged.
 * Holidays are closed all day. Business minutes are real elapsed minutes, so an interval that
 * contains a DST change is an hour shorter or longer than its wall-clock length.
 */
export function listOpenIntervals(options: { calendar: Calendar; date: LocalDate }): OpenSpan[] {
  const { calendar, date } = options;
  const weekday: Weekday = weekdays[date.weekday - 1]!;
  const intervals = calendar.weeklyHours[weekday];
  if (intervals.length === 0 || calendar.holidays.includes(date.toISODate() ?? "")) return [];
  const spans = intervals
    .map((interval) => ({
      startMs: instantAt({
        date,
        minuteOfDay: clockTimeToMinutes(interval.start),
        timeZone: calendar.timeZone,
      }),
      endMs: instantAt({ date, minuteOfDay: clockTimeToMinutes(interval.end), timeZone: calendar.timeZone }),
    }))
    .filter((span) => span.endMs > span.startMs)
    .sort((a, b) => a.startMs - b.startMs);

  const merged: OpenSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether the calendar has any weekly open hours at all; without them no due time can exist. */
export function hasWeeklyHours(calendar: Calendar): boolean {
  return weekdays.some((day) => calendar.weeklyHours[day].length > 0);
}
