import { eq } from "drizzle-orm";
import { organizations } from "../accounts/tables";
import type { Db, Tx } from "../platform/db/client";
import { buildDefaultBusinessCalendar, buildDefaultSlaPolicy } from "../sla/default-policy";
import { DEFAULT_TAXONOMY } from "../triage/engine/schema";
import type { WorkflowSettings, WorkflowSettingsPatch } from "./schema";
import { workflowSettings } from "./tables";

export function buildDefaultWorkflowSettings(options: { timeZone: string }): WorkflowSettings {
  return {
    gates: {
      resolve: ["root_cause", "desired_outcome", "plan_shared"],
      close: ["evaluation"],
    },
    rootCauses: DEFAULT_TAXONOMY.map((entry) => ({ ...entry })),
    sla: {
      policy: buildDefaultSlaPolicy(),
      calendars: { business: buildDefaultBusinessCalendar({ timeZone: options.timeZone }) },
    },
    routing: {
      autoAssign: false,
      maxOpenCasesPerAgent: 25,
      defaultQueue: "general",
      specialistQueue: "specialists",
      specialistSkills: [],
      rules: [],
    },
    teams: [],
    helpRequests: { warnAtShare: 0.75 },
  };
}

export async function loadWorkflowSettings(options: { db: Db | Tx; orgId: string }) {
  const { db, orgId } = options;
  const [row] = await db
    .select({ timeZone: organizations.timeZone, settings: workflowSettings.settings })
    .from(organizations)
    .leftJoin(workflowSettings, eq(workflowSettings.orgId, organizations.id))
    .where(eq(organizations.id, orgId));
  const defaults = buildDefaultWorkflowSettings({ timeZone: row?.timeZone ?? "UTC" });
  const stored = (row?.settings ?? {}) as WorkflowSettingsPatch;
  return { ...defaults, ...stored } as WorkflowSettings;
}
