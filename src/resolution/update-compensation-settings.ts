import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../platform/db/client";
import { AppError, type FieldProblem } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { loadCompensationSettings } from "./load-compensation-settings";
import type { CompensationSettings } from "./schema";
import { compensationSettings } from "./tables";

function findProblems(settings: CompensationSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const types = new Set<string>();
  settings.catalog.forEach((item, index) => {
    if (types.has(item.type)) problems.push({ field: `catalog.${index}.type`, reason: "is used twice" });
    types.add(item.type);
  });
  settings.rules.forEach((rule, index) => {
    if (!types.has(rule.give.type))
      problems.push({ field: `rules.${index}.give.type`, reason: "is not in the catalog" });
  });
  return problems;
}

// Replaces the sections the admin sent; the others keep their stored value or default.
export async function updateCompensationSettings(options: {
  db: Db;
  orgId: string;
  actor: Extract<Principal, { kind: "user" }>;
  patch: Partial<CompensationSettings>;
}) {
  const { db, orgId, actor, patch } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ settings: compensationSettings.settings })
      .from(compensationSettings)
      .where(eq(compensationSettings.orgId, orgId))
      .for("update");
    const merged = { ...((current?.settings as Partial<CompensationSettings> | undefined) ?? {}), ...patch };
    const { settings: effective } = await loadCompensationSettings({ db: tx, orgId });
    const problems = findProblems({ ...effective, ...patch });
    if (problems.length > 0) {
      throw new AppError("validation_failed", `${problems[0]!.field}: ${problems[0]!.reason}`, {
        details: problems,
      });
    }
    await tx
      .insert(compensationSettings)
      .values({ orgId, settings: merged, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: compensationSettings.orgId,
        set: { settings: merged, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit({
      tx,
      orgId,
      actor,
      action: "settings.compensation_updated",
      entityType: "organization",
      entityId: orgId,
      data: { sections: Object.keys(patch) },
    });
    return (await loadCompensationSettings({ db: tx, orgId })).settings;
  });
}
