import { findTimeExpressions } from "../find-time-expressions";
import type { CoachRule } from "../rule";
import { sentenceContaining } from "../text-spans";

// Slack either side of the promised window, for time zones and "by Friday" meaning Friday evening.
const slack = 6 * 3_600_000;
const clockAfter = /^\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/i;

function kindOf(sentence: string) {
  if (/\brefund/i.test(sentence)) return "refund_by" as const;
  if (/\b(?:call|ring|phone)\b/i.test(sentence)) return "call_back_at" as const;
  if (/\b(?:replacement|ship|dispatch|send (?:you )?(?:a|the|your) new)/i.test(sentence))
    return "replacement_shipped_by" as const;
  if (/\b(?:update|let you know|get back|hear from)/i.test(sentence)) return "update_by" as const;
  return "other" as const;
}

// "by Friday 5 pm": the day comes from the expression, the hour from the words right after it.
function dueOf(text: string, time: { end: number; from: Date; to: Date }): Date {
  const clock = text.slice(time.end).match(clockAfter);
  if (!clock) return time.to;
  const hour = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase().startsWith("p") ? 12 : 0);
  const due = new Date(time.from);
  due.setUTCHours(hour, Number(clock[2] ?? 0), 0, 0);
  return due;
}

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
        promise: {
          kind: kindOf(sentenceContaining(sentences, time.start)?.text ?? text),
          text: (sentenceContaining(sentences, time.start)?.text ?? time.text).trim(),
          dueAt: dueOf(text, time).toISOString(),
        },
      }));
  },
};
