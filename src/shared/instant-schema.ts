import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIEST = Date.parse("2000-01-01T00:00:00Z");

/**
 * An ISO 8601 instant a person or system could mean: from 2000 on, and at most `daysAhead` from now.
 * Wider values are refused here: year 9999 overflowed the SLA's time-zone arithmetic into a 500.
 */
export function instantSchema(options: { daysAhead: number }) {
  return z.iso.datetime({ offset: true }).superRefine((value, context) => {
    const time = Date.parse(value);
    const latest = Date.now() + options.daysAhead * DAY_MS;
    if (time < EARLIEST) context.addIssue({ code: "custom", message: "must be in the year 2000 or later" });
    else if (time > latest) {
      const ahead = options.daysAhead === 1 ? "a day" : `${options.daysAhead} days`;
      context.addIssue({ code: "custom", message: `must be at most ${ahead} from now` });
    }
  });
}
