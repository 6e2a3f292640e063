import { z } from "zod";
import { channelSchema, prioritySchema, type TaxonomyEntry } from "../../shared/vocabulary";

export const triageInputSchema = z.object({
  text: z.string(),
  channel: channelSchema,
  isPublic: z.boolean().optional(),
  customer: z
    .object({
      lifetimeValue: z.number().nullable().optional(),
      tier: z.string().nullable().optional(),
      customerSince: z.string().nullable().optional(),
      followers: z.number().nullable().optional(),
      advocate: z.boolean().optional(),
    })
    .optional(),
  history: z
    .object({
      priorInteractions30d: z.number().int().min(0),
      priorComplaints: z.number().int().min(0),
      openCases: z.number().int().min(0),
    })
    .optional(),
  now: z.string().optional(),
});
export type TriageInput = z.infer<typeof triageInputSchema>;

export const signalKindSchema = z.enum([
  "churn",
  "public_threat",
  "legal_threat",
  "repeat_contact",
  "urgency",
  "money_lost",
  "reference",
]);
export type SignalKind = z.infer<typeof signalKindSchema>;

const spanSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof spanSchema>;

export const signalSchema = z.object({
  kind: signalKindSchema,
  matches: z.array(spanSchema),
  value: z.number().optional(),
});
export type Signal = z.infer<typeof signalSchema>;

export const moneySchema = z.object({ amount: z.number(), currency: z.string(), text: z.string() });
export type MoneyAmount = z.infer<typeof moneySchema>;

export const referenceSchema = z.object({
  kind: z.enum(["order", "booking", "ticket", "flight", "tracking", "account", "case", "invoice"]),
  value: z.string(),
});
export type Reference = z.infer<typeof referenceSchema>;

export const intensityMarkerSchema = spanSchema.extend({
  kind: z.enum(["capitals", "punctuation", "profanity", "insult", "elongation", "angry_emoji", "sarcasm"]),
});
export type IntensityMarker = z.infer<typeof intensityMarkerSchema>;

export const riskFactorSchema = z.enum([
  "unhappiness",
  "intensity",
  "churn",
  "public_threat",
  "legal_threat",
  "repeat_contact",
  "urgency",
  "money_lost",
  "customer_value",
  "tier",
  "tenure",
  "reach",
  "advocate",
]);
export type RiskFactor = z.infer<typeof riskFactorSchema>;

/** Organisation multipliers per risk factor: 0 switches a factor off, 2 doubles it. */
export const riskWeightsSchema = z.partialRecord(riskFactorSchema, z.number().min(0).max(5));
export type RiskWeights = z.infer<typeof riskWeightsSchema>;

export const triageAnalysisSchema = z.object({
  modelVersion: z.string(),
  language: z.object({ code: z.string(), confidence: z.number(), supported: z.boolean() }),
  unhappiness: z.object({
    probability: z.number().min(0).max(1),
    label: z.enum(["unhappy", "neutral", "happy"]),
    uncertain: z.boolean(),
    /** words that pushed the probability most, for an agent to check */
    evidence: z.array(z.object({ feature: z.string(), weight: z.number() })),
  }),
  intensity: z.object({ score: z.number().min(0).max(1), markers: z.array(intensityMarkerSchema) }),
  signals: z.array(signalSchema),
  money: z.array(moneySchema),
  references: z.array(referenceSchema),
  rootCause: z.object({
    key: z.string(),
    label: z.string(),
    /** the finer cause the model learned (e.g. an airline reason or an organisation's own label) */
    fineLabel: z.string().nullable(),
    confidence: z.number().min(0).max(1),
    alternatives: z.array(z.object({ key: z.string(), confidence: z.number() })),
  }),
  risk: z.object({
    score: z.number().int().min(0).max(100),
    reasons: z.array(z.object({ factor: riskFactorSchema, points: z.number().int(), detail: z.string() })),
  }),
  priority: prioritySchema,
  difficult: z.boolean(),
  difficultReasons: z.array(z.string()),
});
export type TriageAnalysis = z.infer<typeof triageAnalysisSchema>;

export const DEFAULT_TAXONOMY: TaxonomyEntry[] = [
  { key: "staff_attitude", label: "Staff attitude" },
  { key: "miscommunication", label: "Miscommunication" },
  { key: "delivery_logistics", label: "Delivery and logistics" },
  { key: "product_quality", label: "Product or service quality" },
  { key: "billing", label: "Billing and payments" },
  { key: "wait_misrouting", label: "Waiting or misrouting" },
  { key: "policy", label: "Policy" },
  { key: "customer_error", label: "Customer error" },
  { key: "other", label: "Other" },
];

/** the default taxonomy's keys, for telling a key from any other cause label */
export const DEFAULT_TAXONOMY_KEYS: ReadonlySet<string> = new Set(DEFAULT_TAXONOMY.map((entry) => entry.key));

export const correctionSchema = z
  .object({
    unhappy: z.boolean().optional(),
    cause: z.string().min(1).optional(),
    notThreat: signalKindSchema.optional(),
  })
  .meta({ example: { cause: "billing" } });
export type Correction = z.infer<typeof correctionSchema>;
