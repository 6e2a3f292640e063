import { z } from "zod";
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
  occurredAt: z.iso.datetime({ offset: true }).optional().describe("when it happened; now when left out"),
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe("the phone system's call id, so the same call logged twice is stored once"),
};

export const callLogBody = z.object({
  ...conversationFields,
  holdSeconds: z.number().int().min(0).max(86_400).optional().describe("how long the caller was on hold"),
});
export const visitLogBody = z.object(conversationFields);

// A call or visit from someone with no case yet: who they are decides which case it joins.
const newCustomer = {
  customer: inboundMessageSchema.shape.from,
  subject: z.string().trim().max(500).optional(),
};
export const newCallBody = callLogBody.extend(newCustomer);
export const newVisitBody = visitLogBody.extend(newCustomer);

export type ConversationInput = z.infer<typeof callLogBody>;
