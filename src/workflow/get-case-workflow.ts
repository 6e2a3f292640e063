import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../accounts/tables";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { toHelpRequest } from "./list-help-requests";
import { findMissingItems, loadPlaybook } from "./load-playbook";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { computeCaseClocks } from "./refresh-case-sla";
import { hasOpenPause } from "./sla-pauses";
import { caseAssignments, caseSlaOutcomes, helpRequests, slaAlerts } from "./tables";
import { allowedTransitions } from "./transition-case";

const toUser = alias(users, "to_user");
const fromUser = alias(users, "from_user");
const requester = alias(users, "requester");

// Everything the workflow knows about a case: checklist, gates, clocks, routing and help.
export async function getCaseWorkflow(options: { db: Db; orgId: string; caseId: string; now?: Date }) {
  const { db, orgId, caseId } = options;
  const now = options.now ?? new Date();
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!row) throw AppError.notFound("That case");
  const [settings, playbook, owner, assignments, requests, outcomes, alerts] = await Promise.all([
    loadWorkflowSettings({ db, orgId }),
    loadPlaybook({ db, orgId, row }),
    row.ownerId
      ? db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.ownerId))
      : Promise.resolve([]),
    db
      .select({ a: caseAssignments, toName: toUser.name, fromName: fromUser.name })
      .from(caseAssignments)
      .leftJoin(toUser, eq(toUser.id, caseAssignments.toUserId))
      .leftJoin(fromUser, eq(fromUser.id, caseAssignments.fromUserId))
      .where(and(eq(caseAssignments.orgId, orgId), eq(caseAssignments.caseId, caseId)))
      .orderBy(asc(caseAssignments.createdAt), asc(caseAssignments.id)),
    db
      .select({
        request: helpRequests,
        caseNumber: cases.number,
        caseSubject: cases.subject,
        requesterName: requester.name,
      })
      .from(helpRequests)
      .innerJoin(cases, eq(cases.id, helpRequests.caseId))
      .leftJoin(requester, eq(requester.id, helpRequests.requestedBy))
      .where(and(eq(helpRequests.orgId, orgId), eq(helpRequests.caseId, caseId)))
      .orderBy(desc(helpRequests.createdAt)),
    db
      .select()
      .from(caseSlaOutcomes)
      .where(and(eq(caseSlaOutcomes.orgId, orgId), eq(caseSlaOutcomes.caseId, caseId))),
    db
      .select()
      .from(slaAlerts)
      .where(and(eq(slaAlerts.orgId, orgId), eq(slaAlerts.caseId, caseId)))
      .orderBy(asc(slaAlerts.firedAt)),
  ]);
  const clocks = computeCaseClocks({ row, settings, now }).clocks;
  const showClock = (clock: (typeof clocks)[keyof typeof clocks]) =>
    clock
      ? {
          state: clock.state,
          startedAt: clock.startedAt.toISOString(),
          dueAt: clock.dueAt?.toISOString() ?? null,
          remainingMinutes: Math.round(clock.remainingMinutes * 10) / 10,
        }
      : null;
  const rootLabel =
    settings.rootCauses.find((entry) => entry.key === row.rootCauseKey)?.label ?? row.rootCauseKey;
  return {
    caseId: row.id,
    number: row.number,
    status: row.status,
    priority: row.priority,
    owner: owner[0] ?? null,
    queue: row.queue,
    difficult: row.difficult,
    difficultReason: row.difficultReason,
    rootCause: row.rootCauseKey
      ? {
          key: row.rootCauseKey,
          label: rootLabel ?? row.rootCauseKey,
          fault: row.rootCauseFault,
          note: row.rootCauseNote,
        }
      : null,
    outcome: row.outcome ? { outcome: row.outcome, reason: row.outcomeReason } : null,
    playbook,
    gates: {
      resolve: findMissingItems({ playbook, required: settings.gates.resolve, before: "resolving" }),
      close: findMissingItems({ playbook, required: settings.gates.close, before: "closing" }),
    },
    allowedTransitions: [...allowedTransitions[row.status]],
    sla: {
      paused: hasOpenPause(row.slaPauses),
      firstResponseDueAt: row.firstResponseDueAt?.toISOString() ?? null,
      nextUpdateDueAt: row.nextUpdateDueAt?.toISOString() ?? null,
      resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
      clocks: {
        firstResponse: showClock(clocks.firstResponse),
        nextUpdate: showClock(clocks.nextUpdate),
        resolution: showClock(clocks.resolution),
      },
      outcomes: outcomes.map((o) => ({
        clock: o.clock,
        hit: o.hit,
        actualMinutes: o.actualMinutes,
        targetMinutes: o.targetMinutes,
      })),
      alerts: alerts.map((a) => ({ clock: a.clock, kind: a.kind, firedAt: a.firedAt.toISOString() })),
    },
    assignments: assignments.map(({ a, toName, fromName }) => ({
      from: a.fromUserId ? { id: a.fromUserId, name: fromName ?? "" } : null,
      to: a.toUserId ? { id: a.toUserId, name: toName ?? "" } : null,
      queue: a.queue,
      reason: a.reason,
      byUserId: a.actorUserId,
      at: a.createdAt.toISOString(),
    })),
    helpRequests: requests.map(toHelpRequest),
  };
}
