export type PlanPromise = { text: string; dueAt: Date; ownerName: string | null };

/**
 * R26: the plan in plain words for the customer — what we will do, by when, and who — built from
 * the open promises, soonest first. Dates are written in the organization's time zone.
 */
export function buildPlan(options: {
  promises: PlanPromise[];
  timeZone: string;
  customerFirstName?: string | null;
}) {
  const { promises, timeZone } = options;
  if (promises.length === 0) return null;
  const when = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h12",
  });
  const lines = [...promises]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .map(
      (p) =>
        `• ${p.text.replace(/\.$/, "")} — by ${when.format(p.dueAt)}${p.ownerName ? ` (${p.ownerName})` : ""}.`,
    );
  const greeting = options.customerFirstName ? `${options.customerFirstName}, here` : "Here";
  return [
    `${greeting} is what we will do, and by when:`,
    ...lines,
    "If anything changes, we will tell you before then.",
  ].join("\n");
}
