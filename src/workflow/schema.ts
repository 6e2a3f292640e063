import { z } from "zod";
import {
  channelSchema,
  type PlaybookItemKey,
  playbookItemKeySchema,
  taxonomyEntrySchema,
} from "../shared/vocabulary";
import { calendarSchema, slaPolicySchema } from "../sla/schema";

const line = z.string().trim().min(1).max(2000);
const interactionRef = { interactionId: z.uuid().optional() };

// What counts as evidence for each item: a tick alone is never enough.
export const evidenceSchemas = {
  concerns_heard: z.object({
    concerns: z.array(line).min(1).max(50),
    readBack: z.boolean().optional(),
    ...interactionRef,
  }),
  clarifying_questions: z.object({ questions: z.array(line).min(1).max(50), ...interactionRef }),
  feelings_acknowledged: z.object({ text: line, ...interactionRef }),
  apology_given: z.object({ text: line, ...interactionRef }),
  root_cause: z.object({ key: z.string(), fault: z.string() }),
  desired_outcome: z.object({ text: line, ...interactionRef }),
  plan_shared: z.object({
    plan: line,
    timeline: line,
    sharedAt: z.iso.datetime({ offset: true }).optional(),
    ...interactionRef,
  }),
  anything_else_asked: z.object({ text: line.optional(), answer: line.optional(), ...interactionRef }),
  follow_up_planned: z.object({
    at: z.iso.datetime({ offset: true }),
    channel: z.string().trim().min(1).max(40),
    note: line.optional(),
  }),
  evaluation: z.object({
    handling: line,
    worked: z.enum(["yes", "no", "partly"]),
    customerFeedback: line.optional(),
    lessons: line.optional(),
  }),
} satisfies Record<PlaybookItemKey, z.ZodType>;

const ruleSchema = z.object({
  name: z.string().trim().min(1).max(80),
  when: z
    .object({
      channels: z.array(channelSchema).optional(),
      rootCauses: z.array(z.string()).optional(),
      tiers: z.array(z.string()).optional(),
      languages: z.array(z.string().min(2).max(8)).optional(),
    })
    .default({}),
  assign: z
    .object({
      team: z.string().optional(),
      skills: z.array(z.string()).optional(),
      userId: z.uuid().optional(),
    })
    .refine((a) => a.team || a.skills?.length || a.userId, { message: "name a team, skills or a user" }),
});
export type RoutingRule = z.infer<typeof ruleSchema>;

export const teamSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, "use lower-case letters, digits, - and _"),
  name: z.string().trim().min(1).max(80),
  memberIds: z.array(z.uuid()).default([]),
});

export const workflowSettingsSchema = z.object({
  gates: z.object({
    resolve: z.array(playbookItemKeySchema),
    close: z.array(playbookItemKeySchema),
  }),
  rootCauses: z.array(taxonomyEntrySchema).min(1),
  sla: z.object({
    policy: slaPolicySchema,
    calendars: z.object({ business: calendarSchema, "24x7": calendarSchema.optional() }),
  }),
  routing: z.object({
    // Off by default: cases no rule claims wait in the team queue for an agent to pick up.
    autoAssign: z.boolean(),
    maxOpenCasesPerAgent: z.number().int().min(1).max(1000),
    defaultQueue: z.string().min(1),
    specialistQueue: z.string().min(1),
    specialistSkills: z.array(z.string()),
    rules: z.array(ruleSchema).max(200),
  }),
  teams: z.array(teamSchema).max(100),
  helpRequests: z.object({ warnAtShare: z.number().gt(0).max(1) }),
});
export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;

export const workflowSettingsPatch = workflowSettingsSchema
  .partial()
  .meta({ example: { helpRequests: { warnAtShare: 0.5 } } });
export type WorkflowSettingsPatch = z.infer<typeof workflowSettingsPatch>;
