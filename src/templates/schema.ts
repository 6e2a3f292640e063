import { z } from "zod";
import { replyStageSchema } from "../shared/vocabulary";

// An organization's library stays small enough for the coach to read it on every typing pause.
export const MAX_TEMPLATES_PER_ORG = 500;

const required = (value: string) => value.trim().length > 0;
const nameField = z.string().trim().min(1, "is required").max(120, "must be at most 120 characters");
const bodyField = z.string().max(10_000, "must be at most 10,000 characters").refine(required, "is required");
const stageField = replyStageSchema.nullable().describe("the playbook stage it suits; null for any");

export const createTemplateBody = z
  .object({
    name: nameField,
    body: bodyField,
    stage: stageField.default(null),
  })
  .meta({
    example: {
      name: "Apology for a late delivery",
      body: "Hi {{customer.firstName}}, I'm sorry your order is late.",
      stage: "first_reply",
    },
  });
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

export const updateTemplateBody = z
  .object({
    name: nameField.optional(),
    body: bodyField.optional(),
    stage: stageField.optional(),
  })
  .meta({ example: { stage: null } });
export type UpdateTemplateBody = z.infer<typeof updateTemplateBody>;

export const templateIdParams = z.object({ id: z.uuid() });

export const listTemplatesQuery = z.object({
  q: z.string().trim().max(120).optional().describe("part of the name, any case"),
  stage: replyStageSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_TEMPLATES_PER_ORG).default(100),
  cursor: z.string().max(400).optional(),
});
export type ListTemplatesQuery = z.infer<typeof listTemplatesQuery>;

export const templateResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  body: z.string(),
  stage: replyStageSchema.nullable(),
  variables: z.array(z.string()).describe("the {{variables}} the body uses"),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type TemplateResponse = z.infer<typeof templateResponse>;

export const templateList = z.object({
  items: z.array(templateResponse),
  knownVariables: z.array(z.string()).describe("variables Mend fills from the case"),
  nextCursor: z.string().nullable(),
});
