import { and, eq, ne, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { cases } from "../cases/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { loadWorkflowSettings } from "./load-workflow-settings";
import type { WorkflowSettingsPatch } from "./schema";
import { workflowSettings } from "./tables";

// Replaces the sections the admin sent; the others keep their stored value or default.
export async function updateWorkflowSettings(options: {
  db: Db;
  orgId: string;
  actor: Extract<Principal, { kind: "user" }>;
  patch: WorkflowSettingsPatch;
}) {
  const { db, orgId, actor, patch } = options;
  const keys = new Set(patch.rootCauses?.map((entry) => entry.key));
  if (patch.rootCauses && keys.size !== patch.rootCauses.length) {
    throw AppError.forField("rootCauses", "keys must be unique");
  }
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ settings: workflowSettings.settings })
      .from(workflowSettings)
      .where(eq(workflowSettings.orgId, orgId))
      .for("update");
    const merged = { ...((current?.settings as WorkflowSettingsPatch | undefined) ?? {}), ...patch };
    await tx
      .insert(workflowSettings)
      .values({ orgId, settings: merged, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: workflowSettings.orgId,
        set: { settings: merged, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    if (patch.sla) {
      // New targets move every open case's due times; the sweep recomputes them within a minute.
      await tx
        .update(cases)
        .set({ slaNextCheckAt: sql`now()` })
        .where(and(eq(cases.orgId, orgId), ne(cases.status, "closed")));
    }
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "settings.workflow_updated",
      entityType: "organization",
      entityId: orgId,
      data: { sections: Object.keys(patch) },
    });
    return loadWorkflowSettings({ db: tx, orgId });
  });
}
