import { type Priority, prioritySchema } from "../shared/vocabulary";
import type { CaseDueTimes } from "./compute-case-due-times";

export type SlaClockName = keyof CaseDueTimes["clocks"];

export type SlaAlert = {
  clock: SlaClockName;
  kind: "warning" | "breach";
  /** Stable per clock run and kind: store it when the alert is sent so it never fires twice. */
  key: string;
  notify: "owner" | "supervisors";
  /** The priority to raise the case to on a breach; null when already critical or for warnings. */
  raisePriorityTo: Priority | null;
  dueAt: Date | null;
};

function raisedPriority(priority: Priority): Priority | null {
  const order = prioritySchema.options;
  return order[order.indexOf(priority) + 1] ?? null;
}

/**
 * The SLA alerts a case needs now, each at most once: a warning to the owner when a clock passes
 * its warning share, a breach to supervisors (and one priority step up) when it passes its target.
 * A clock found already breached gets only the breach, since a warning would come too late.
 * Stopped clocks raise nothing: their outcome already records a miss.
 */
export function planSlaAlerts(options: {
  dueTimes: CaseDueTimes;
  priority: Priority;
  alreadySent: ReadonlySet<string> | readonly string[];
}): SlaAlert[] {
  const sent = new Set(options.alreadySent);
  const alerts: SlaAlert[] = [];
  let priority = options.priority;
  for (const [name, clock] of Object.entries(options.dueTimes.clocks) as [
    SlaClockName,
    CaseDueTimes["clocks"][SlaClockName],
  ][]) {
    if (!clock || clock.stopped) continue;
    const kind = clock.state === "breached" ? "breach" : clock.state === "warning" ? "warning" : null;
    if (!kind) continue;
    const key = `${name}:${kind}:${clock.startedAt.toISOString()}`;
    if (sent.has(key)) continue;
    // Two clocks breaching together raise the priority one step each, not twice from the same base.
    const raisePriorityTo = kind === "breach" ? raisedPriority(priority) : null;
    if (raisePriorityTo) priority = raisePriorityTo;
    alerts.push({
      clock: name,
      kind,
      key,
      notify: kind === "breach" ? "supervisors" : "owner",
      raisePriorityTo,
      dueAt: clock.dueAt,
    });
  }
  return alerts;
}
