import type { Tx } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import { auditLog } from "./tables";

export async function recordAudit(options: {
  tx: Tx;
  orgId: string;
  actor: Principal | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}) {
  await options.tx.insert(auditLog).values({
    orgId: options.orgId,
    actorUserId: options.actor?.kind === "user" ? options.actor.userId : null,
    actorTokenId: options.actor?.kind === "token" ? options.actor.tokenId : null,
    action: options.action,
    entityType: options.entityType,
    entityId: options.entityId,
    data: options.data ?? null,
  });
}
