import { z } from "zod";
import { faultSchema, promiseKindSchema, roles } from "../shared/vocabulary";

// Money is always an integer number of minor units (cents, pence) of the organization's currency.
const minorUnits = z.number().int().min(0).max(100_000_000);
const typeKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "use lower-case letters, digits and underscores");

export const slots = ["remedy", "trouble", "extra"] as const;
export const slotSchema = z.enum(slots);
export type Slot = z.infer<typeof slotSchema>;

export const catalogItemSchema = z.object({
  type: typeKey,
  label: z.string().trim().min(1).max(80),
  // What `amount` counts: money (minor units), percent points (a coupon), or items (an upgrade).
  unit: z.enum(["money", "percent", "item"]),
  // Cost to the company per unit of amount: a share of the money (1 = all of it), minor units per
  // percent point, or minor units per item.
  costPerUnit: z.number().min(0).max(1_000_000),
  defaultAmount: z.number().int().min(0).max(100_000_000).optional(),
  // Anything the customer must do or pay to get it (a form, a trip, a fee): never suggested (R21).
  asksOfCustomer: z.string().trim().min(1).max(200).nullable().default(null),
  exclusive: z.boolean().default(false),
  // Coupons and gift cards reach the customer in their own message, never inside the apology (R29).
  separateMessage: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const ruleAmountSchema = z.union([
  z.object({ fixed: z.number().int().min(0).max(100_000_000) }),
  z.object({ lossShare: z.number().gt(0).max(5), max: minorUnits.optional() }),
]);

export const compensationRuleSchema = z.object({
  name: z.string().trim().min(1).max(80),
  slot: slotSchema,
  when: z
    .object({
      minLoss: minorUnits.optional(),
      maxLoss: minorUnits.optional(),
      faults: z.array(faultSchema).optional(),
      rootCauses: z.array(z.string()).optional(),
      tiers: z.array(z.string()).optional(),
      minRisk: z.number().int().min(0).max(100).optional(),
      minLifetimeValue: minorUnits.optional(),
      minFollowers: z.number().int().min(0).optional(),
    })
    .default({}),
  give: z.object({ type: typeKey, amount: ruleAmountSchema.optional() }),
  reason: z.string().trim().min(1).max(200),
});
export type CompensationRule = z.infer<typeof compensationRuleSchema>;

// null means "no limit".
const limitSchema = z.object({ perCase: minorUnits.nullable(), perMonth: minorUnits.nullable() });
export type Limit = z.infer<typeof limitSchema>;

export const authoritySchema = z.object({
  roles: z.object(
    Object.fromEntries(roles.map((role) => [role, limitSchema])) as Record<
      (typeof roles)[number],
      typeof limitSchema
    >,
  ),
  users: z.record(z.uuid(), limitSchema).default({}),
  approvalHours: z.number().gt(0).max(168),
});

export const budgetSchema = z.object({
  monthly: minorUnits.nullable(),
  warnAtShare: z.number().gt(0).max(1),
});

export const compensationSettingsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR"),
  catalog: z.array(catalogItemSchema).min(1).max(100),
  rules: z.array(compensationRuleSchema).max(200),
  authority: authoritySchema,
  budget: budgetSchema,
  // R34: winning a new customer costs this many times what keeping one does.
  acquisitionCostMultiplier: z.number().min(1).max(100),
  promiseReminderMinutes: z.number().int().min(1).max(10_080),
});
export type CompensationSettings = z.infer<typeof compensationSettingsSchema>;

// The sections sent replace the current ones; the others keep their values.
export const compensationSettingsPatch = compensationSettingsSchema
  .partial()
  .meta({ example: { budget: { monthly: 500_000, warnAtShare: 0.8 }, promiseReminderMinutes: 120 } });

export const grantBody = z
  .object({
    type: typeKey,
    amount: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .optional()
      .describe("minor units, percent points or items"),
    note: z.string().trim().max(2000).optional(),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .describe("why an item that asks something of the customer is right here"),
  })
  .meta({ example: { type: "partial_refund", amount: 2500, note: "The delivery fee for the late parcel." } });
export type GrantBody = z.infer<typeof grantBody>;

export const decisionBody = z
  .object({
    approve: z.boolean(),
    reason: z.string().trim().min(1, "is required").max(2000),
  })
  .meta({ example: { approve: true, reason: "A loyal customer and the second late delivery this month." } });

export const deliveredBody = z
  .object({
    reference: z.string().trim().min(1, "is required").max(200).describe("a refund id, coupon code…"),
  })
  .meta({ example: { reference: "re_3PqX8L2eZvKYlo2C1x9c" } });

export const promiseBody = z
  .object({
    kind: promiseKindSchema,
    text: z.string().trim().min(1, "is required").max(500),
    dueAt: z.iso.datetime({ offset: true }),
    ownerId: z.uuid().optional(),
    accommodationId: z.uuid().optional(),
  })
  .meta({
    example: {
      kind: "update_by",
      text: "I will update you on the replacement by Friday.",
      dueAt: "2026-12-11T17:00:00Z",
    },
  });
export type PromiseBody = z.infer<typeof promiseBody>;

export const keptBody = z
  .object({
    evidence: z
      .object({
        note: z.string().trim().min(1).max(2000).optional(),
        reference: z.string().trim().min(1).max(200).optional(),
        accommodationId: z.uuid().optional(),
      })
      .refine((e) => e.note || e.reference || e.accommodationId, {
        message: "give a note, a reference or a delivered accommodation",
      }),
  })
  .meta({ example: { evidence: { note: "Called the customer; the replacement arrived today." } } });
export type PromiseEvidence = z.infer<typeof keptBody>["evidence"];

export const cancelBody = z
  .object({ reason: z.string().trim().min(1, "is required").max(2000) })
  .meta({ example: { reason: "The customer withdrew the complaint." } });

export const idParams = z.object({ id: z.uuid() });
export const approvalsQuery = z.object({
  status: z.enum(["pending", "approved", "rejected", "all"]).default("pending"),
});
