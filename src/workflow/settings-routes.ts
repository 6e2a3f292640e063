import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import { loadWorkflowSettings } from "./load-workflow-settings";
import { workflowSettingsPatch, workflowSettingsSchema } from "./schema";
import { updateWorkflowSettings } from "./update-workflow-settings";

export function registerSettingsRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.get(
    "/api/v1/settings/workflow",
    {
      schema: {
        operationId: "getWorkflowSettings",
        tags: ["settings"],
        summary: "Gates, root-cause taxonomy, SLA policy and calendars, routing rules and teams",
        response: { 200: workflowSettingsSchema },
      },
    },
    async (request) => loadWorkflowSettings({ db, orgId: requireUser(request).orgId }),
  );

  api.put(
    "/api/v1/settings/workflow",
    {
      config: { access: { roles: ["admin"] } },
      schema: {
        operationId: "updateWorkflowSettings",
        tags: ["settings"],
        summary: "Replace the sections sent (admin); the others keep their current values",
        body: workflowSettingsPatch,
        response: { 200: workflowSettingsSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return updateWorkflowSettings({ db, orgId: user.orgId, actor: user, patch: request.body });
    },
  );
}
