import { channelSchema, type Priority, prioritySchema } from "../shared/vocabulary";
import {
  type Calendar,
  type Channel,
  calendarSchema,
  type SlaCalendarKind,
  type SlaPolicy,
  type SlaTarget,
  slaPolicySchema,
} from "./schema";

/** Share of a target after which the owner is warned (R3). */
export const DEFAULT_WARN_AT_SHARE = 0.75;

// R3: social media answers within 30 minutes around the clock; SMS and phone callbacks within an
// hour; written channels within four business hours.
const firstResponseByChannel: Record<Channel, { minutes: number; calendar: SlaCalendarKind }> = {
  twitter: { minutes: 30, calendar: "24x7" },
  facebook: { minutes: 30, calendar: "24x7" },
  instagram: { minutes: 30, calendar: "24x7" },
  sms: { minutes: 60, calendar: "business" },
  phone: { minutes: 60, calendar: "business" },
  email: { minutes: 240, calendar: "business" },
  webform: { minutes: 240, calendar: "business" },
  api: { minutes: 240, calendar: "business" },
  visit: { minutes: 240, calendar: "business" },
};

// R27: hourly updates for critical cases, every four hours for high, daily otherwise. "Daily" on a
// business calendar is one business day (8 open hours Mon–Fri 09–17), not 1440 open minutes,
// which would be three business days.
const updateEveryMinutes: Record<SlaCalendarKind, Record<Priority, number>> = {
  "24x7": { critical: 60, high: 240, normal: 1_440, low: 1_440 },
  business: { critical: 60, high: 240, normal: 480, low: 480 },
};

// Resolution: critical within one day, high two, normal three, low five. Business calendars count
// business days of 8 open hours; 24/7 calendars count whole days.
const resolutionMinutes: Record<SlaCalendarKind, Record<Priority, number>> = {
  "24x7": { critical: 1_440, high: 2_880, normal: 4_320, low: 7_200 },
  business: { critical: 480, high: 960, normal: 1_440, low: 2_400 },
};

function defaultTarget(channel: Channel, priority: Priority): SlaTarget {
  const { minutes, calendar } = firstResponseByChannel[channel];
  return {
    firstResponseMinutes: minutes,
    updateEveryMinutes: updateEveryMinutes[calendar][priority],
    resolutionMinutes: resolutionMinutes[calendar][priority],
    calendar,
  };
}

/** The playbook's default SLA policy, for an organization that has not configured its own. */
export function buildDefaultSlaPolicy(): SlaPolicy {
  const targets = Object.fromEntries(
    channelSchema.options.map((channel) => [
      channel,
      Object.fromEntries(
        prioritySchema.options.map((priority) => [priority, defaultTarget(channel, priority)]),
      ),
    ]),
  );
  return slaPolicySchema.parse({ targets, warnAtShare: DEFAULT_WARN_AT_SHARE });
}

/** Mon–Fri 09:00–17:00 in the organization's zone, no holidays. */
export function buildDefaultBusinessCalendar(options: { timeZone: string }): Calendar {
  const workday = [{ start: "09:00", end: "17:00" }];
  return calendarSchema.parse({
    name: "Business hours",
    timeZone: options.timeZone,
    alwaysOpen: false,
    weeklyHours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
    holidays: [],
  });
}

/** The 24/7 calendar used by social channels. */
export function buildAlwaysOpenCalendar(options: { timeZone: string }): Calendar {
  return calendarSchema.parse({ name: "24/7", timeZone: options.timeZone, alwaysOpen: true });
}
