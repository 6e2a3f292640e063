import { and, eq, inArray } from "drizzle-orm";
import { users } from "../accounts/tables";
import type { Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { notifications } from "./tables";

export async function notifyUsers(options: {
  tx: Tx;
  orgId: string;
  userIds: readonly string[];
  kind: string;
  caseId: string;
  caseNumber: number;
  data?: Record<string, unknown>;
}) {
  const userIds = [...new Set(options.userIds)];
  if (userIds.length === 0) return;
  await options.tx.insert(notifications).values(
    userIds.map((userId) => ({
      orgId: options.orgId,
      userId,
      kind: options.kind,
      caseId: options.caseId,
      data: options.data ?? null,
    })),
  );
  await publishCaseEvent(options.tx, options.orgId, {
    type: "case.updated",
    caseId: options.caseId,
    number: options.caseNumber,
  });
}

// Supervisors watch SLAs; an organization without any falls back to its admins.
export async function findSupervisorIds(options: { tx: Tx; orgId: string }): Promise<string[]> {
  const rows = await options.tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.orgId, options.orgId),
        eq(users.active, true),
        inArray(users.role, ["supervisor", "admin"]),
      ),
    );
  const supervisors = rows.filter((row) => row.role === "supervisor");
  return (supervisors.length > 0 ? supervisors : rows).map((row) => row.id);
}
