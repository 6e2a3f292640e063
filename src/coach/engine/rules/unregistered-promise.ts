import { findTimeExpressions } from "../find-time-expressions";
import type { CoachRule } from "../rule";

// Slack either side of the promised window, for time zones and "by Friday" meaning Friday evening.
const slack = 6 * 3_600_000;

export const unregisteredPromise: CoachRule = {
  id: "unregistered-promise",
  description: "A time or date promised that matches no promise registered on the case",
  requirement: "R22",
  severity: "warning",
  check: ({ text, input, sentences, now }) => {
    // Without a case there is nothing to compare with; the rule only uses what it is given.
    if (!input.promises) return [];
    const dueTimes = input.promises.map((promise) => Date.parse(promise.dueAt));
    return findTimeExpressions({ text, sentences, now })
      .filter((time) => time.promised)
      .filter(
        (time) =>
          !dueTimes.some((due) => due >= time.from.getTime() - slack && due <= time.to.getTime() + slack),
      )
      .map((time) => ({
        ruleId: "unregistered-promise",
        severity: "warning",
        message: `“${time.text.trim()}” is a promise to the customer, but no promise on this case is due then.`,
        start: time.start,
        end: time.end,
        suggestion:
          "Register the promise on the case (what, by when, who) so it is tracked, or change the date.",
      }));
  },
};
