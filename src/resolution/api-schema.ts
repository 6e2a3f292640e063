import { z } from "zod";
import { promiseKindSchema } from "../shared/vocabulary";
import { catalogItemSchema, slotSchema } from "./schema";

// Response shapes. Money fields are integer minor units of `currency`.
const person = z.object({ id: z.uuid(), name: z.string() }).nullable();
const when = z.string().nullable();

export const resolutionResponse = z.object({
  currency: z.string(),
  facts: z.object({
    loss: z.object({ amount: z.number().int(), text: z.string() }).nullable(),
    fault: z.enum(["yes", "no", "partly"]).nullable(),
    rootCause: z.string().nullable(),
    risk: z.number().nullable(),
    customer: z.object({
      tier: z.string().nullable(),
      lifetimeValue: z.number().int().nullable(),
      followers: z.number().int().nullable(),
    }),
  }),
  desiredOutcome: z.string().nullable().describe("what the customer said they want (R17)"),
  suggestion: z.array(
    z.object({
      type: z.string(),
      label: z.string(),
      slot: slotSchema,
      amount: z.number().int(),
      cost: z.number().int(),
      reasons: z.array(z.string()),
    }),
  ),
  catalog: z.array(
    catalogItemSchema
      .pick({
        type: true,
        label: true,
        unit: true,
        costPerUnit: true,
        asksOfCustomer: true,
        exclusive: true,
        separateMessage: true,
      })
      .extend({ defaultAmount: z.number().int().nullable() }),
  ),
  granted: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      label: z.string(),
      unit: catalogItemSchema.shape.unit,
      amount: z.number().int(),
      cost: z.number().int(),
      status: z.enum(["pending_approval", "granted", "delivered", "rejected"]),
      note: z.string().nullable(),
      reason: z.string().nullable(),
      grantedBy: person,
      grantedAt: when,
      overBudget: z.boolean(),
      deliveredAt: when,
      deliveryReference: z.string().nullable(),
      approval: z
        .object({
          id: z.uuid(),
          status: z.string(),
          why: z.string(),
          dueAt: z.string(),
          decisionReason: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  promises: z.array(
    z.object({
      id: z.uuid(),
      kind: promiseKindSchema,
      text: z.string(),
      dueAt: z.string(),
      state: z.enum(["open", "kept", "broken", "cancelled"]),
      owner: person,
      evidence: z.record(z.string(), z.string()).nullable(),
      cancelReason: z.string().nullable(),
      closedAt: when,
    }),
  ),
  plan: z.string().nullable().describe("the open promises in plain words for the customer (R26)"),
  economics: z.object({
    given: z.number().int().describe("delivered, at cost"),
    committed: z.number().int().describe("granted or delivered, at cost"),
    lifetimeValue: z.number().int().nullable(),
    replacementCost: z.number().int().describe("committed × acquisitionCostMultiplier"),
    acquisitionCostMultiplier: z.number(),
  }),
  authorityLeft: z.object({
    perCase: z.number().int().nullable().describe("null: no limit"),
    perMonth: z.number().int().nullable(),
    budget: z.number().int().nullable(),
    budgetWarning: z.boolean(),
  }),
  status: z.string(),
});

export const grantResponse = z.object({
  status: z.literal("granted"),
  accommodationId: z.uuid(),
  budgetWarning: z.boolean(),
});
export const pendingResponse = z.object({
  status: z.literal("pending_approval"),
  accommodationId: z.uuid(),
  approvalId: z.uuid(),
  why: z.enum(["per_case", "per_month", "budget"]),
});

export const approvalListResponse = z.object({
  currency: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(["pending", "approved", "rejected"]),
      why: z.enum(["per_case", "per_month", "budget"]),
      case: z.object({ id: z.uuid(), number: z.number().int(), subject: z.string().nullable() }),
      accommodation: z.object({
        id: z.uuid(),
        type: z.string(),
        label: z.string(),
        unit: catalogItemSchema.shape.unit,
        amount: z.number().int(),
        cost: z.number().int(),
        note: z.string().nullable(),
      }),
      requestedBy: person,
      decidedBy: person,
      decisionReason: z.string().nullable(),
      createdAt: z.string(),
      dueAt: z.string(),
      breachedAt: when,
      decidedAt: when,
    }),
  ),
});

export const okResponse = z.object({ ok: z.literal(true) });

export const compensationSummary = z.object({
  currency: z.string(),
  month: z.string(),
  budget: z.number().int().nullable(),
  spent: z.number().int(),
  budgetWarning: z.boolean(),
  committed: z.number().int().describe("granted or delivered this month, at cost"),
  given: z.number().int().describe("delivered this month, at cost"),
  cases: z.number().int(),
  lifetimeValue: z.number().int().describe("of the customers those cases belong to"),
  replacementCost: z.number().int().describe("committed × acquisitionCostMultiplier"),
  byType: z.array(
    z.object({ type: z.string(), label: z.string(), count: z.number().int(), cost: z.number().int() }),
  ),
});
