import { DateTime, IANAZone } from "luxon";
import { z } from "zod";
import { channelSchema, prioritySchema } from "../shared/vocabulary";

export type Channel = z.infer<typeof channelSchema>;

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

// "24:00" is allowed as an end so a day can be open until midnight without an overnight interval.
const clockTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "expected a local time HH:MM between 00:00 and 24:00");

export function clockTimeToMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export const openIntervalSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((interval) => clockTimeToMinutes(interval.start) < clockTimeToMinutes(interval.end), {
    message: "an interval must end after it starts (overnight intervals are not supported)",
    path: ["end"],
  });

const dayHoursSchema = z
  .array(openIntervalSchema)
  .default([])
  .refine(
    (intervals) => {
      const sorted = [...intervals].sort((a, b) => clockTimeToMinutes(a.start) - clockTimeToMinutes(b.start));
      return sorted.every(
        (interval, index) =>
          index === 0 || clockTimeToMinutes(sorted[index - 1]!.end) <= clockTimeToMinutes(interval.start),
      );
    },
    { message: "intervals of one day must not overlap" },
  );

export const weeklyHoursSchema = z.object({
  mon: dayHoursSchema,
  tue: dayHoursSchema,
  wed: dayHoursSchema,
  thu: dayHoursSchema,
  fri: dayHoursSchema,
  sat: dayHoursSchema,
  sun: dayHoursSchema,
});

export const timeZoneSchema = z.string().refine((zone) => IANAZone.isValidZone(zone), {
  message: "expected an IANA time zone such as Europe/Berlin",
});

const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a local date YYYY-MM-DD")
  .refine((date) => DateTime.fromISO(date, { zone: "utc" }).isValid, { message: "not a real calendar date" });

export const calendarSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().trim().min(1),
    timeZone: timeZoneSchema,
    alwaysOpen: z.boolean().default(false),
    weeklyHours: weeklyHoursSchema.default({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }),
    holidays: z.array(localDateSchema).default([]),
  })
  // A business calendar with no open hours would make every due time infinitely far away.
  .refine((calendar) => calendar.alwaysOpen || weekdays.some((day) => calendar.weeklyHours[day].length > 0), {
    message: "a calendar that is not always open needs at least one open interval in the week",
    path: ["weeklyHours"],
  });
export type Calendar = z.infer<typeof calendarSchema>;

export const slaCalendarKindSchema = z.enum(["business", "24x7"]);
export type SlaCalendarKind = z.infer<typeof slaCalendarKindSchema>;

const targetMinutesSchema = z.number().int().positive();

export const slaTargetSchema = z.object({
  firstResponseMinutes: targetMinutesSchema,
  updateEveryMinutes: targetMinutesSchema,
  resolutionMinutes: targetMinutesSchema,
  calendar: slaCalendarKindSchema,
});
export type SlaTarget = z.infer<typeof slaTargetSchema>;

export const warnAtShareSchema = z.number().gt(0).max(1);

export const slaPolicySchema = z.object({
  // zod 4 records keyed by an enum are exhaustive, so every channel × priority pair must be present.
  targets: z.record(channelSchema, z.record(prioritySchema, slaTargetSchema)),
  warnAtShare: warnAtShareSchema.default(0.75),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const slaPauseSchema = z.object({
  from: z.date(),
  to: z.date().nullable(),
});
export type SlaPause = z.infer<typeof slaPauseSchema>;

export const slaClockStateSchema = z.enum(["running", "paused", "warning", "breached", "met"]);
export type SlaClockState = z.infer<typeof slaClockStateSchema>;
