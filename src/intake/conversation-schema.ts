import { z } from "zod";
import { instantSchema } from "../shared/instant-schema";
import { inboundMessageSchema } from "./schema";

const concern = z.string().trim().min(1).max(1000);

// What an agent notes while a customer talks on the phone or at the desk (R5).
const conversationFields = {
  concerns: z
    .array(concern)
    .min(1)
    .max(30)
    .describe("the customer's concerns, noted as a list while listening"),
  readBack: z
    .object({
      summary: z
        .string()
        .trim()
        .max(5000)
        .optional()
        .describe("what was read back; Mend builds it from the concerns when left out"),
      confirmed: z.boolean().describe("the customer heard the summary and confirmed it"),
    })
    .default({ confirmed: false }),
  nextStep: z.string().trim().max(2000).optional().describe("the next step agreed with the customer"),
  occurredAt: instantSchema({ daysAhead: 1 }).optional().describe("when it happened; now when left out"),
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe("the phone system's call id, so the same call logged twice is stored once"),
};

const holdSeconds = z
  .number()
  .int()
  .min(0)
  .max(86_400)
  .optional()
  .describe("how long the caller was on hold");

const concernsExample = ["Charged twice for order 1182", "Nobody called back last week"];
const readBackExample = {
  summary: "You were charged twice for order 1182, and nobody called you back last week.",
  confirmed: true,
};
const callExample = {
  concerns: concernsExample,
  holdSeconds: 240,
  readBack: readBackExample,
  nextStep: "Refund the second charge today and call back by 17:00",
  externalId: "call-2026-0302-0915",
};
const visitExample = {
  concerns: concernsExample,
  readBack: readBackExample,
  nextStep: "Refund the second charge today and email the receipt",
};
const newCustomerExample = {
  customer: { name: "Dana Whitfield", phone: "+44 20 7946 0958" },
  subject: "Charged twice",
};

const callFields = { ...conversationFields, holdSeconds };
export const callLogBody = z.object(callFields).meta({ example: callExample });
export const visitLogBody = z.object(conversationFields).meta({ example: visitExample });

// A call or visit from someone with no case yet: who they are decides which case it joins.
const newCustomer = {
  customer: inboundMessageSchema.shape.from,
  subject: z.string().trim().max(500).optional(),
};
export const newCallBody = z
  .object({ ...callFields, ...newCustomer })
  .meta({ example: { ...newCustomerExample, ...callExample } });
export const newVisitBody = z
  .object({ ...conversationFields, ...newCustomer })
  .meta({ example: { ...newCustomerExample, ...visitExample } });

export type ConversationInput = z.infer<typeof callLogBody>;
