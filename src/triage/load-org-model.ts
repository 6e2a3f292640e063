import { eq } from "drizzle-orm";
import type { Db, Tx } from "../platform/db/client";
import { type OrgModel, orgModelSchema } from "./engine/org-model-schema";
import { type RiskWeights, riskWeightsSchema } from "./engine/schema";
import { orgTriageModels } from "./tables";

type Loaded = { model: OrgModel | undefined; weights: RiskWeights; stamp: string };
const cache = new Map<string, Loaded>();

// The learned layer can hold hundreds of examples; it is parsed again only when it changed.
export async function loadOrgModel(options: { db: Db | Tx; orgId: string }): Promise<Loaded> {
  const [head] = await options.db
    .select({ updatedAt: orgTriageModels.updatedAt, riskWeights: orgTriageModels.riskWeights })
    .from(orgTriageModels)
    .where(eq(orgTriageModels.orgId, options.orgId));
  if (!head) return { model: undefined, weights: {}, stamp: "" };
  const stamp = head.updatedAt.toISOString();
  const hit = cache.get(options.orgId);
  if (hit && hit.stamp === stamp) return hit;
  const [row] = await options.db
    .select({ state: orgTriageModels.state })
    .from(orgTriageModels)
    .where(eq(orgTriageModels.orgId, options.orgId));
  const parsed = orgModelSchema.safeParse(row?.state);
  const loaded = {
    model: parsed.success && parsed.data.corrections > 0 ? parsed.data : undefined,
    weights: riskWeightsSchema.catch({}).parse(head.riskWeights),
    stamp,
  };
  cache.set(options.orgId, loaded);
  return loaded;
}
