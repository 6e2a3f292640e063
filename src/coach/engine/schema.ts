import { z } from "zod";
import { promiseKindSchema, replyChannelSchema, replyStageSchema } from "../../shared/vocabulary";

export const severitySchema = z.enum(["blocker", "warning", "hint"]);

export const promiseSchema = z.object({
  description: z.string(),
  dueAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO date-time"),
});

export const coachInputSchema = z.object({
  text: z.string().max(20_000),
  channel: replyChannelSchema,
  stage: replyStageSchema,
  customer: z.object({ name: z.string().optional(), firstName: z.string().optional() }).optional(),
  // The customer's last message: an emoticon is only in tone if they wrote with one too.
  customerMessage: z.string().max(20_000).optional(),
  case: z
    .object({
      number: z.union([z.string(), z.number()]).optional(),
      formal: z.boolean().optional(),
      priority: z.string().optional(),
    })
    .optional(),
  // Absent means "no case known": promise rules then have nothing to compare against and stay quiet.
  promises: z.array(promiseSchema).optional(),
  recentReplies: z.array(z.string()).max(500).optional(),
  templates: z.array(z.string()).max(500).optional(),
  variables: z.record(z.string(), z.string()).optional(),
  settings: z
    .object({
      disabledRules: z.array(z.string()).optional(),
      dictionaryWords: z.array(z.string()).optional(),
    })
    .optional(),
  // The moment the reply would be sent; relative dates ("by Friday") are read against it.
  now: z.string().optional(),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  suggestion: z.string().optional(),
  // A promise found in the draft, ready for the composer to register in one click.
  promise: z
    .object({
      kind: promiseKindSchema,
      text: z.string(),
      dueAt: z.string(),
    })
    .optional(),
});

export const coachReportSchema = z.object({
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.object({ ruleId: z.string(), points: z.number() })),
  findings: z.array(findingSchema),
  filledText: z.string(),
});

export type Severity = z.infer<typeof severitySchema>;
export type CoachInput = z.infer<typeof coachInputSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type CoachReport = z.infer<typeof coachReportSchema>;
