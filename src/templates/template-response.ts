import { listVariables } from "../coach/engine/fill-template";
import type { TemplateResponse } from "./schema";
import type { replyTemplates } from "./tables";

export function toTemplateResponse(
  row: typeof replyTemplates.$inferSelect,
  updatedBy: { id: string; name: string } | null,
): TemplateResponse {
  return {
    id: row.id,
    name: row.name,
    body: row.body,
    stage: row.stage,
    variables: listVariables(row.body),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy,
  };
}
