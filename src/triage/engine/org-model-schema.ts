import { z } from "zod";
import { signalKindSchema } from "./schema";

// An organisation's learned layer over the default model, stored as JSON. It never replaces the default:
// the unhappy logit is a·(default calibrated logit) + b + Σ w·x, and cause logits add to the default's
// log-probabilities, so with no corrections it predicts exactly what the default does.
export const orgExampleSchema = z.object({
  keys: z.array(z.string()),
  values: z.array(z.number()),
  /** the default model's calibrated unhappy logit for this text */
  prior: z.number(),
  /** the default model's log-probability of each of its fine causes */
  causePrior: z.array(z.number()),
  unhappy: z.union([z.literal(0), z.literal(1)]).optional(),
  cause: z.string().optional(),
});
export type OrgExample = z.infer<typeof orgExampleSchema>;

export const orgModelSchema = z.object({
  format: z.literal(1),
  corrections: z.number().int().min(0),
  sentiment: z.object({ a: z.number(), b: z.number(), weights: z.record(z.string(), z.number()) }),
  cause: z.object({
    /** every label the organisation taught, including ones the default model never knew */
    labels: z.array(z.string()),
    bias: z.record(z.string(), z.number()),
    weights: z.record(z.string(), z.record(z.string(), z.number())),
  }),
  /** phrases agents marked as "not a threat", per signal kind, lower-cased */
  notThreat: z.partialRecord(signalKindSchema, z.array(z.string())),
  /** the most recent corrections, replayed when the layer is refitted */
  examples: z.array(orgExampleSchema),
});
export type OrgModel = z.infer<typeof orgModelSchema>;

export const ORG_EXAMPLE_LIMIT = 400;

export function createOrgModel(): OrgModel {
  return {
    format: 1,
    corrections: 0,
    sentiment: { a: 1, b: 0, weights: {} },
    cause: { labels: [], bias: {}, weights: {} },
    notThreat: {},
    examples: [],
  };
}

/** The org layer sees each message as a unit-length vector, so one correction moves it a bounded step. */
export function normalizeForOrg(values: number[]): number[] {
  let sum = 0;
  for (const v of values) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  return values.map((v) => v / norm);
}
