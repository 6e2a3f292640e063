import { z } from "zod";
import { customerResponse } from "../customers/schema";
import { caseStatusSchema, channelSchema, prioritySchema } from "../shared/vocabulary";
import { triageAnalysisSchema } from "../triage/engine/schema";

export const caseSummarySchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  subject: z.string().nullable(),
  preview: z.string(),
  status: caseStatusSchema,
  priority: prioritySchema,
  channel: z.string(),
  riskScore: z.number().int().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string().nullable() }),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  openedAt: z.iso.datetime(),
  lastActivityAt: z.iso.datetime(),
  interactionCount: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const listCasesQuery = z.object({
  status: caseStatusSchema.optional(),
  channel: channelSchema.optional(),
  owner: z.union([z.enum(["me", "unassigned"]), z.uuid()]).optional(),
  customerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const caseListResponse = z.object({
  items: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});

export const interactionSchema = z.object({
  id: z.uuid(),
  direction: z.enum(["inbound", "outbound", "note"]),
  channel: z.string(),
  authorName: z.string().nullable(),
  subject: z.string().nullable(),
  text: z.string(),
  occurredAt: z.iso.datetime(),
  // Messages analysed by an older model keep the shape they were stored with.
  analysis: z.union([triageAnalysisSchema, z.record(z.string(), z.unknown())]).nullable(),
  coachScore: z.number().int().nullable(),
  coachOverride: z.object({ name: z.string(), reason: z.string(), blockers: z.array(z.string()) }).nullable(),
  deliveryStatus: z.string().nullable(),
  deliveryError: z.string().nullable(),
  /** email only: what was split off the message and its attachments (download by index) */
  email: z
    .object({
      quotedText: z.string().nullable(),
      signature: z.string().nullable(),
      attachments: z.array(
        z.object({
          index: z.number().int(),
          filename: z.string(),
          contentType: z.string(),
          size: z.number().int(),
          inline: z.boolean(),
          rejected: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});

export const caseDetailResponse = z.object({
  case: caseSummarySchema,
  interactions: z.array(interactionSchema),
  customer: customerResponse.omit({ merged: true }),
  otherCases: z.array(caseSummarySchema),
});

export const caseIdParams = z.object({ id: z.uuid() });
export const attachmentParams = z.object({
  id: z.uuid(),
  interactionId: z.uuid(),
  index: z.coerce.number().int().min(0).max(10_000),
});
