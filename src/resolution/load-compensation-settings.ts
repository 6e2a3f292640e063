import { eq } from "drizzle-orm";
import { organizations } from "../accounts/tables";
import type { Db, Tx } from "../platform/db/client";
import { buildDefaultCompensationSettings } from "./default-settings";
import type { CompensationSettings } from "./schema";
import { compensationSettings } from "./tables";

export async function loadCompensationSettings(options: { db: Db | Tx; orgId: string }) {
  const [row] = await options.db
    .select({ timeZone: organizations.timeZone, settings: compensationSettings.settings })
    .from(organizations)
    .leftJoin(compensationSettings, eq(compensationSettings.orgId, organizations.id))
    .where(eq(organizations.id, options.orgId));
  const stored = (row?.settings ?? {}) as Partial<CompensationSettings>;
  const settings = { ...buildDefaultCompensationSettings(), ...stored } as CompensationSettings;
  return { settings, timeZone: row?.timeZone ?? "UTC" };
}
