import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { caseIdParams } from "../cases/schema";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import {
  assignBody,
  difficultBody,
  playbookBody,
  playbookParams,
  rootCauseBody,
  timelineResponse,
  transitionBody,
  workflowResponse,
} from "./api-schema";
import { assignCase } from "./assign-case";
import { flagCaseDifficult } from "./flag-case-difficult";
import { getCaseTimeline } from "./get-case-timeline";
import { getCaseWorkflow } from "./get-case-workflow";
import { registerHelpRequestRoutes } from "./help-request-routes";
import { registerNotificationRoutes } from "./notification-routes";
import { recordRootCause } from "./record-root-cause";
import { registerSettingsRoutes } from "./settings-routes";
import { transitionCase } from "./transition-case";
import { updatePlaybookItem } from "./update-playbook-item";

// The recovery workflow's endpoints (issue 5). Each write answers with the case's workflow view.
export function registerWorkflowRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const view = (orgId: string, caseId: string) => getCaseWorkflow({ db, orgId, caseId });
  const tags = ["workflow"];

  api.get(
    "/api/v1/cases/:id/workflow",
    {
      schema: {
        operationId: "getCaseWorkflow",
        tags,
        summary: "The case's playbook checklist, gates, SLA clocks, assignments and help requests",
        params: caseIdParams,
        response: { 200: workflowResponse },
      },
    },
    async (request) => view(requireUser(request).orgId, request.params.id),
  );

  api.get(
    "/api/v1/cases/:id/timeline",
    {
      schema: {
        operationId: "getCaseTimeline",
        tags,
        summary: "Interactions and every workflow event of a case, oldest first",
        params: caseIdParams,
        response: { 200: timelineResponse },
      },
    },
    async (request) => getCaseTimeline({ db, orgId: requireUser(request).orgId, caseId: request.params.id }),
  );

  api.post(
    "/api/v1/cases/:id/transitions",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "transitionCase",
        tags,
        summary: "Move a case through its life cycle; 409 names each missing playbook item",
        params: caseIdParams,
        body: transitionBody,
        response: { 200: workflowResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await transitionCase({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        ...request.body,
      });
      return view(user.orgId, request.params.id);
    },
  );

  api.put(
    "/api/v1/cases/:id/playbook/:item",
    {
      schema: {
        operationId: "updatePlaybookItem",
        tags,
        summary: "Set or confirm one playbook item with its evidence",
        params: playbookParams,
        body: playbookBody,
        response: { 200: workflowResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await updatePlaybookItem({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        item: request.params.item,
        ...request.body,
      });
      return view(user.orgId, request.params.id);
    },
  );

  api.put(
    "/api/v1/cases/:id/root-cause",
    {
      schema: {
        operationId: "recordRootCause",
        tags,
        summary: "Record the root cause and whether the company was at fault",
        params: caseIdParams,
        body: rootCauseBody,
        response: { 200: workflowResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await recordRootCause({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        ...request.body,
      });
      return view(user.orgId, request.params.id);
    },
  );

  api.post(
    "/api/v1/cases/:id/assign",
    {
      schema: {
        operationId: "assignCase",
        tags,
        summary: "Assign a case to a person, or back to its queue with userId null",
        params: caseIdParams,
        body: assignBody,
        response: { 200: workflowResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await assignCase({ db, orgId: user.orgId, caseId: request.params.id, actor: user, ...request.body });
      return view(user.orgId, request.params.id);
    },
  );

  api.post(
    "/api/v1/cases/:id/difficult",
    {
      schema: {
        operationId: "flagCaseDifficult",
        tags,
        summary: "Flag a difficult customer (routes the case to a specialist) or clear the flag",
        params: caseIdParams,
        body: difficultBody,
        response: { 200: workflowResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await db.transaction((tx) =>
        flagCaseDifficult({ tx, orgId: user.orgId, caseId: request.params.id, actor: user, ...request.body }),
      );
      return view(user.orgId, request.params.id);
    },
  );

  registerHelpRequestRoutes(api, deps);
  registerNotificationRoutes(api, deps);
  registerSettingsRoutes(api, deps);
}
