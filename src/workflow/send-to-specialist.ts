import { and, eq } from "drizzle-orm";
import { users } from "../accounts/tables";
import type { Tx } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import { applyAssignment } from "./assign-case";
import { chooseAssignee } from "./choose-assignee";
import type { CaseRow } from "./lock-case";
import type { WorkflowSettings } from "./schema";

/**
 * Hands a difficult customer's case to the least-loaded specialist (R25) unless one already has
 * it. With no specialist free the case keeps its owner and also waits in the specialist queue.
 */
export async function sendToSpecialist(options: {
  tx: Tx;
  orgId: string;
  row: CaseRow;
  settings: WorkflowSettings;
  actor: Principal | null;
}) {
  const { tx, orgId, row, settings } = options;
  const [owner] = row.ownerId
    ? await tx
        .select({ role: users.role })
        .from(users)
        .where(and(eq(users.orgId, orgId), eq(users.id, row.ownerId)))
    : [];
  if (owner?.role === "specialist") return;
  const decision = await chooseAssignee({
    tx,
    orgId,
    settings,
    facts: { channel: row.channel, rootCause: null, tier: null, language: null, difficult: true },
  });
  await applyAssignment({
    tx,
    orgId,
    row,
    toUserId: decision.userId ?? row.ownerId,
    queue: decision.queue,
    reason: decision.userId ? "specialist" : "specialist-queue",
    actor: options.actor,
  });
}
