import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../accounts/tables";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { loadCompensationSettings } from "./load-compensation-settings";
import { accommodations, approvalRequests } from "./tables";

const requester = alias(users, "requester");
const decider = alias(users, "decider");

// Pending requests come soonest-due first (their clock is running); decided ones newest first.
export async function listApprovals(options: {
  db: Db;
  orgId: string;
  status: "pending" | "approved" | "rejected" | "all";
}) {
  const { db, orgId, status } = options;
  const [rows, { settings }] = await Promise.all([
    db
      .select({
        r: approvalRequests,
        a: accommodations,
        caseNumber: cases.number,
        caseSubject: cases.subject,
        requesterName: requester.name,
        deciderName: decider.name,
      })
      .from(approvalRequests)
      .innerJoin(accommodations, eq(accommodations.id, approvalRequests.accommodationId))
      .innerJoin(cases, eq(cases.id, approvalRequests.caseId))
      .leftJoin(requester, eq(requester.id, approvalRequests.requestedBy))
      .leftJoin(decider, eq(decider.id, approvalRequests.decidedBy))
      .where(
        and(
          eq(approvalRequests.orgId, orgId),
          status === "all" ? undefined : eq(approvalRequests.status, status),
        ),
      )
      .orderBy(status === "pending" ? asc(approvalRequests.dueAt) : desc(approvalRequests.createdAt))
      .limit(200),
    loadCompensationSettings({ db, orgId }),
  ]);
  return {
    currency: settings.currency,
    items: rows.map(({ r, a, caseNumber, caseSubject, requesterName, deciderName }) => ({
      id: r.id,
      status: r.status,
      why: r.why,
      case: { id: r.caseId, number: caseNumber, subject: caseSubject },
      accommodation: {
        id: a.id,
        type: a.type,
        label: a.label,
        unit: a.unit,
        amount: a.amount,
        cost: a.cost,
        note: a.note,
      },
      requestedBy: r.requestedBy && requesterName ? { id: r.requestedBy, name: requesterName } : null,
      decidedBy: r.decidedBy && deciderName ? { id: r.decidedBy, name: deciderName } : null,
      decisionReason: r.decisionReason,
      createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      breachedAt: r.breachedAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
  };
}
