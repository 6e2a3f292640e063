import { type Span, sentenceContaining } from "./text-spans";

export type TimeExpression = Span & { from: Date; to: Date; promised: boolean };

const day = 86_400_000;
const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  "twenty-four": 24,
  thirty: 30,
  "forty-eight": 48,
  few: 3,
  couple: 2,
};
const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const unitMs: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day,
  week: 7 * day,
  month: 30 * day,
};

const amount = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-four|thirty|forty-eight|a few|a couple of|few)`;
const durationPattern = new RegExp(
  String.raw`\b(within|in|over|inside of|in the next|within the next)\s+${amount}(?:\s*(?:-|–|to)\s*(\d{1,3}))?\s+(business\s+|working\s+)?(minute|hour|day|week|month)s?\b`,
  "gi",
);
const weekdayPattern =
  /\b(?:(by|before|on|until|this|next|this coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const relativePattern =
  /\b(?:by\s+|before\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(day|week|month)|(tomorrow|today|tonight)|(?:this|later this)\s+(morning|afternoon|evening|week)|next\s+(week|month))\b/gi;
const monthDayPattern =
  /\b(?:by\s+|before\s+|on\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/gi;
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\b/g;
const clockPattern = /\b(?:by|before|at)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/gi;

// A time said in a sentence about the future (or framed as a deadline) is a promise to the customer.
const futureMarker =
  /\b(?:will|'ll|shall|going to|should|expect|aim|plan|promise|guarantee|arrive|reach|be with you|get back|hear from|follow up|ships?|shipping|arriv\w*|leaves|goes out|coming|due|booked|scheduled|deliver\w*|collect\w*|call you)\b/i;
const deadlineLead = /^(?:by|before|within|until|in the next|within the next)\b/i;
const pastMarker = /\b(?:was|were|had|did|ordered|placed|bought|called|wrote|contacted|received)\b/i;

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function dayWindow(date: Date): { from: Date; to: Date } {
  const from = startOfDay(date);
  return { from, to: new Date(from.getTime() + day - 1) };
}

function parseAmount(raw: string): number {
  const cleaned = raw
    .toLowerCase()
    .replace(/^a (few|couple of)$/, "$1")
    .replace(/ of$/, "");
  return /^\d+$/.test(cleaned) ? Number(cleaned) : (numberWords[cleaned] ?? 1);
}

function nextWeekday(now: Date, weekday: number, skipWeek: boolean): Date {
  const today = startOfDay(now);
  let ahead = (weekday - today.getUTCDay() + 7) % 7;
  if (skipWeek && ahead < 7) ahead += ahead === 0 ? 7 : 0;
  return new Date(today.getTime() + ahead * day);
}

function monthDay(now: Date, monthIndex: number, dayOfMonth: number): Date {
  const candidate = new Date(Date.UTC(now.getUTCFullYear(), monthIndex, dayOfMonth));
  // A date well in the past most likely means next year ("by Jan 3" written in December).
  if (candidate.getTime() < now.getTime() - 60 * day) candidate.setUTCFullYear(now.getUTCFullYear() + 1);
  return candidate;
}

export function findTimeExpressions(options: {
  text: string;
  sentences: Span[];
  now: Date;
}): TimeExpression[] {
  const { text, sentences, now } = options;
  const found: TimeExpression[] = [];
  const add = (match: RegExpMatchArray, window: { from: Date; to: Date }) => {
    const start = match.index ?? 0;
    const raw = match[0];
    if (found.some((other) => start < other.end && other.start < start + raw.length)) return;
    const sentence = sentenceContaining(sentences, start)?.text ?? raw;
    const trimmed = raw.trim();
    const promised =
      deadlineLead.test(trimmed) ||
      (futureMarker.test(sentence) && !pastMarker.test(sentence.replace(raw, "")));
    found.push({ start, end: start + raw.length, text: raw, ...window, promised });
  };

  for (const match of text.matchAll(isoPattern)) {
    add(match, dayWindow(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))));
  }
  for (const match of text.matchAll(monthDayPattern)) {
    const monthName = (match[1] ?? match[4] ?? "").toLowerCase().slice(0, 3);
    const dayOfMonth = Number(match[2] ?? match[3]);
    if (dayOfMonth < 1 || dayOfMonth > 31) continue;
    add(match, dayWindow(monthDay(now, months.indexOf(monthName), dayOfMonth)));
  }
  for (const match of text.matchAll(durationPattern)) {
    const lead = (match[1] ?? "").toLowerCase();
    const low = parseAmount(match[2] ?? "1");
    const high = match[3] ? Number(match[3]) : low;
    const business = Boolean(match[4]);
    const unit = unitMs[(match[5] ?? "day").toLowerCase()] ?? day;
    const stretch = business && unit === day ? 7 / 5 : 1;
    const upper = now.getTime() + high * unit * stretch + (business ? 2 * day : 0);
    if (!lead.startsWith("within") && lead !== "over" && unit >= day) {
      // "in 3 days" names a day, not an instant.
      add(match, {
        from: startOfDay(new Date(now.getTime() + low * unit * stretch)),
        to: dayWindow(new Date(upper)).to,
      });
      continue;
    }
    const lower = lead.startsWith("within") || lead === "over" ? now.getTime() : now.getTime() + low * unit;
    add(match, { from: new Date(lower), to: new Date(upper) });
  }
  for (const match of text.matchAll(relativePattern)) {
    const [, endOf, named, partOfDay, nextUnit] = match;
    const today = startOfDay(now);
    if (named?.toLowerCase() === "tomorrow") add(match, dayWindow(new Date(today.getTime() + day)));
    else if (
      named ||
      partOfDay === "morning" ||
      partOfDay === "afternoon" ||
      partOfDay === "evening" ||
      endOf === "day"
    )
      add(match, dayWindow(today));
    else if (endOf === "week" || partOfDay === "week")
      add(match, { from: now, to: new Date(nextWeekday(now, 0, false).getTime() + day - 1) });
    else if (nextUnit === "week") {
      const monday = nextWeekday(now, 1, true);
      add(match, { from: monday, to: new Date(monday.getTime() + 7 * day - 1) });
    } else add(match, { from: now, to: new Date(now.getTime() + 31 * day) });
  }
  for (const match of text.matchAll(weekdayPattern)) {
    const weekday = weekdays.indexOf((match[2] ?? "").toLowerCase());
    add(match, dayWindow(nextWeekday(now, weekday, (match[1] ?? "").toLowerCase() === "next")));
  }
  for (const match of text.matchAll(clockPattern)) {
    // "Wednesday at 2pm" is one moment, already read from its day.
    const start = match.index ?? 0;
    if (found.some((other) => other.end <= start && start - other.end <= 3)) continue;
    add(match, dayWindow(now));
  }
  return found.sort((a, b) => a.start - b.start);
}
