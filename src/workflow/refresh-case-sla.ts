import { and, eq, notInArray, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases, interactions } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import { type Channel, channelSchema, type Priority } from "../shared/vocabulary";
import { type CaseDueTimes, computeCaseDueTimes } from "../sla/compute-case-due-times";
import { planSlaAlerts } from "../sla/plan-sla-alerts";
import type { SlaPause } from "../sla/schema";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { type CaseRow, lockCase } from "./lock-case";
import { findSupervisorIds, notifyUsers } from "./notify-users";
import type { WorkflowSettings } from "./schema";
import { caseSlaOutcomes, slaAlerts } from "./tables";

type StoredPause = { from: string; to: string | null };

export function readPauses(row: CaseRow): SlaPause[] {
  return ((row.slaPauses as StoredPause[] | null) ?? []).map((pause) => ({
    from: new Date(pause.from),
    to: pause.to ? new Date(pause.to) : null,
  }));
}

/** The case's three SLA clocks at `now`, from what is stored on it. */
export function computeCaseClocks(options: { row: CaseRow; settings: WorkflowSettings; now: Date }) {
  const { row, settings } = options;
  const channel: Channel = channelSchema.safeParse(row.channel).data ?? "api";
  return computeCaseDueTimes({
    policy: settings.sla.policy,
    calendars: settings.sla.calendars,
    now: options.now,
    case: {
      channel,
      priority: row.priority,
      openedAt: row.openedAt,
      firstRespondedAt: row.firstRespondedAt,
      lastAgentUpdateAt: row.lastAgentUpdateAt,
      // Closing without resolving (unresolvable, no response) also stops the clocks.
      resolvedAt: row.resolvedAt ?? row.closedAt,
      pauses: readPauses(row),
    },
  });
}

const toDate = (value: unknown): Date | null => (value == null ? null : new Date(value as string));
const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Recomputes a case's SLA due times from its facts and stores them (call after every change).
 * With `fireAlerts` (the sweep) it also sends each due warning and breach, once: the unique
 * (case, key) row in sla_alerts is claimed before anyone is notified.
 */
export async function refreshCaseSla(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  now?: Date;
  settings?: WorkflowSettings;
  fireAlerts?: boolean;
}) {
  const { tx, orgId, caseId } = options;
  const now = options.now ?? new Date();
  const settings = options.settings ?? (await loadWorkflowSettings({ db: tx, orgId }));
  const row = await lockCase({ tx, orgId, caseId });
  const [replies] = await tx
    .select({
      first: sql`min(${interactions.occurredAt}) filter (where ${interactions.direction} = 'outbound')`,
      last: sql`max(${interactions.occurredAt}) filter (where ${interactions.direction} = 'outbound')`,
    })
    .from(interactions)
    .where(and(eq(interactions.orgId, orgId), eq(interactions.caseId, caseId)));
  const firstRespondedAt = earliest(row.firstRespondedAt, toDate(replies?.first));
  const lastAgentUpdateAt = [row.lastAgentUpdateAt, toDate(replies?.last)].reduce<Date | null>(
    (max, d) => (d && (!max || d > max) ? d : max),
    null,
  );
  const compute = (priority: Priority) =>
    computeCaseClocks({ row: { ...row, priority, firstRespondedAt, lastAgentUpdateAt }, settings, now });

  let priority: Priority = row.priority;
  let dueTimes = compute(priority);
  const sent = new Set(
    (await tx.select({ key: slaAlerts.key }).from(slaAlerts).where(eq(slaAlerts.caseId, caseId))).map(
      (alert) => alert.key,
    ),
  );
  if (options.fireAlerts) {
    for (const alert of planSlaAlerts({ dueTimes, priority, alreadySent: sent })) {
      const [claimed] = await tx
        .insert(slaAlerts)
        .values({ orgId, caseId, key: alert.key, clock: alert.clock, kind: alert.kind, dueAt: alert.dueAt })
        .onConflictDoNothing()
        .returning({ id: slaAlerts.id });
      sent.add(alert.key);
      if (!claimed) continue;
      if (alert.raisePriorityTo) priority = alert.raisePriorityTo;
      const recipients =
        alert.notify === "owner"
          ? row.ownerId
            ? [row.ownerId]
            : []
          : await findSupervisorIds({ tx, orgId });
      const data = { clock: alert.clock, dueAt: alert.dueAt?.toISOString() ?? null, priority };
      await notifyUsers({
        tx,
        orgId,
        userIds: recipients,
        kind: alert.kind === "warning" ? "sla.warning" : "sla.breached",
        caseId,
        caseNumber: row.number,
        data,
      });
      await recordAudit({
        tx,
        orgId,
        actor: null,
        action: alert.kind === "warning" ? "sla.warning" : "sla.breached",
        entityType: "case",
        entityId: caseId,
        data: { ...data, previousPriority: alert.raisePriorityTo ? row.priority : undefined },
      });
    }
    if (priority !== row.priority) dueTimes = compute(priority);
  }

  const nextCheckAt = findNextCheck({ dueTimes, sent, now, fired: options.fireAlerts === true });
  await tx
    .update(cases)
    .set({
      priority,
      firstRespondedAt,
      lastAgentUpdateAt,
      firstResponseDueAt: dueTimes.firstResponseDueAt,
      nextUpdateDueAt: dueTimes.nextUpdateDueAt,
      resolutionDueAt: dueTimes.resolutionDueAt,
      slaNextCheckAt: nextCheckAt,
    })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  await storeOutcomes({ tx, orgId, caseId, dueTimes });
  return { dueTimes, priority, nextCheckAt };
}

// The earliest moment an alert not yet sent becomes due. After a sweep has fired what it could,
// anything still in the past is pushed a minute on so a row can never keep the sweep busy.
function findNextCheck(options: { dueTimes: CaseDueTimes; sent: Set<string>; now: Date; fired: boolean }) {
  const { dueTimes, sent, now } = options;
  let next: Date | null = null;
  for (const [name, clock] of Object.entries(dueTimes.clocks)) {
    if (!clock || clock.stopped || clock.state === "paused") continue;
    const start = clock.startedAt.toISOString();
    const warningSent = sent.has(`${name}:warning:${start}`);
    const breachSent = sent.has(`${name}:breach:${start}`);
    const nextDue = breachSent ? null : clock.dueAt;
    const candidate = clock.state === "breached" || warningSent ? nextDue : clock.warnAt;
    if (candidate && (!next || candidate < next)) next = candidate;
  }
  if (next && options.fired && next <= now) return new Date(now.getTime() + 60_000);
  return next;
}

async function storeOutcomes(options: { tx: Tx; orgId: string; caseId: string; dueTimes: CaseDueTimes }) {
  const { tx, orgId, caseId } = options;
  const recorded: string[] = [];
  for (const [clock, outcome] of Object.entries(options.dueTimes.outcomes)) {
    if (!outcome) continue;
    recorded.push(clock);
    const values = {
      hit: outcome.hit,
      actualMinutes: outcome.actualMinutes,
      targetMinutes: outcome.targetMinutes,
    };
    await tx
      .insert(caseSlaOutcomes)
      .values({ orgId, caseId, clock, ...values })
      .onConflictDoUpdate({
        target: [caseSlaOutcomes.caseId, caseSlaOutcomes.clock],
        set: { ...values, recordedAt: new Date() },
      });
  }
  // A reopened case has a pending resolution again; its old outcome no longer stands.
  await tx
    .delete(caseSlaOutcomes)
    .where(
      and(
        eq(caseSlaOutcomes.caseId, caseId),
        recorded.length > 0 ? notInArray(caseSlaOutcomes.clock, recorded) : undefined,
      ),
    );
}
