import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseIdParams } from "../cases/schema";
import type { AppDeps } from "../platform/http/app-deps";
import { requireUser } from "../platform/http/auth";
import {
  approvalListResponse,
  compensationSummary,
  grantResponse,
  okResponse,
  pendingResponse,
  resolutionResponse,
} from "./api-schema";
import { cancelPromise } from "./cancel-promise";
import { decideApproval } from "./decide-approval";
import { getCaseResolution } from "./get-case-resolution";
import { grantAccommodation } from "./grant-accommodation";
import { listApprovals } from "./list-approvals";
import { loadCompensationSettings } from "./load-compensation-settings";
import { markAccommodationDelivered } from "./mark-accommodation-delivered";
import { markPromiseKept } from "./mark-promise-kept";
import { recordPromise } from "./record-promise";
import {
  approvalsQuery,
  cancelBody,
  compensationSettingsPatch,
  compensationSettingsSchema,
  decisionBody,
  deliveredBody,
  grantBody,
  idParams,
  keptBody,
  promiseBody,
} from "./schema";
import { summarizeCompensation } from "./summarize-compensation";
import { updateCompensationSettings } from "./update-compensation-settings";

const admins = { access: { roles: ["admin"] as const } };
const managers = { access: { roles: ["supervisor", "admin"] as const } };

// Compensation, approvals and promises (issue 10). Money is in integer minor units.
export function registerResolutionRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ["resolution"];

  api.get(
    "/api/v1/settings/compensation",
    {
      config: admins,
      schema: {
        operationId: "getCompensationSettings",
        tags: ["settings"],
        summary: "Compensation catalog, suggestion rules, authority limits and monthly budget (admin)",
        response: { 200: compensationSettingsSchema },
      },
    },
    async (request) => (await loadCompensationSettings({ db, orgId: requireUser(request).orgId })).settings,
  );

  api.put(
    "/api/v1/settings/compensation",
    {
      config: admins,
      schema: {
        operationId: "updateCompensationSettings",
        tags: ["settings"],
        summary: "Replace the sections sent (admin); the others keep their current values",
        body: compensationSettingsPatch,
        response: { 200: compensationSettingsSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return updateCompensationSettings({ db, orgId: user.orgId, actor: user, patch: request.body });
    },
  );

  api.get(
    "/api/v1/cases/:id/resolution",
    {
      schema: {
        operationId: "getCaseResolution",
        tags,
        summary:
          "Suggested compensation with reasons, what was granted and promised, the plan, economics, authority left",
        params: caseIdParams,
        response: { 200: resolutionResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return getCaseResolution({ db, orgId: user.orgId, caseId: request.params.id, actor: user });
    },
  );

  api.post(
    "/api/v1/cases/:id/accommodations",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "grantAccommodation",
        tags,
        summary:
          "Grant an item: 201 within your authority, 202 with an approval request above it; 409 when it asks something of the customer and no reason is given",
        params: caseIdParams,
        body: grantBody,
        response: { 201: grantResponse, 202: pendingResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const result = await grantAccommodation({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        body: request.body,
      });
      if (result.status === "granted") return reply.status(201).send(result);
      return reply.status(202).send({ ...result, why: result.why as "per_case" | "per_month" | "budget" });
    },
  );

  api.post(
    "/api/v1/accommodations/:id/delivered",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "markAccommodationDelivered",
        tags,
        summary: "Record that a granted item reached the customer, with a reference (refund id, coupon code)",
        params: idParams,
        body: deliveredBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await markAccommodationDelivered({
        db,
        orgId: user.orgId,
        accommodationId: request.params.id,
        actor: user,
        reference: request.body.reference,
      });
      return { ok: true as const };
    },
  );

  api.get(
    "/api/v1/approvals",
    {
      config: managers,
      schema: {
        operationId: "listApprovals",
        tags,
        summary: "Approval requests (supervisors and admins); pending ones soonest due first",
        querystring: approvalsQuery,
        response: { 200: approvalListResponse },
      },
    },
    async (request) => listApprovals({ db, orgId: requireUser(request).orgId, status: request.query.status }),
  );

  api.get(
    "/api/v1/compensation/summary",
    {
      config: managers,
      schema: {
        operationId: "summarizeCompensation",
        tags,
        summary:
          "A month's compensation at cost against the budget and the value of the customers it went to",
        querystring: z.object({
          month: z
            .string()
            .regex(/^\d{4}-\d{2}$/, "use YYYY-MM")
            .optional(),
        }),
        response: { 200: compensationSummary },
      },
    },
    async (request) =>
      summarizeCompensation({ db, orgId: requireUser(request).orgId, month: request.query.month }),
  );

  api.post(
    "/api/v1/approvals/:id/decision",
    {
      config: { ...managers, errors: ["conflict"] },
      schema: {
        operationId: "decideApproval",
        tags,
        summary:
          "Approve or reject a grant above an agent's authority, with a reason (supervisors and admins)",
        params: idParams,
        body: decisionBody,
        response: { 200: z.object({ status: z.enum(["approved", "rejected"]), accommodationId: z.uuid() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const decided = await decideApproval({
        db,
        orgId: user.orgId,
        approvalId: request.params.id,
        actor: user,
        ...request.body,
      });
      return { status: decided.status as "approved" | "rejected", accommodationId: decided.accommodationId };
    },
  );

  api.post(
    "/api/v1/cases/:id/promises",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "recordPromise",
        tags,
        summary: "Register a promise made to the customer: what, due when, who",
        params: caseIdParams,
        body: promiseBody,
        response: { 201: z.object({ id: z.uuid(), dueAt: z.string(), remindAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await recordPromise({
        db,
        orgId: user.orgId,
        caseId: request.params.id,
        actor: user,
        body: request.body,
      });
      return reply.status(201).send({
        id: created.id,
        dueAt: created.dueAt.toISOString(),
        remindAt: created.remindAt.toISOString(),
      });
    },
  );

  api.post(
    "/api/v1/promises/:id/kept",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "markPromiseKept",
        tags,
        summary: "Mark a promise kept, with evidence: a note, a reference or a delivered accommodation",
        params: idParams,
        body: keptBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await markPromiseKept({
        db,
        orgId: user.orgId,
        promiseId: request.params.id,
        actor: user,
        evidence: request.body.evidence,
      });
      return { ok: true as const };
    },
  );

  api.post(
    "/api/v1/promises/:id/cancel",
    {
      config: { errors: ["conflict"] },
      schema: {
        operationId: "cancelPromise",
        tags,
        summary: "Cancel a promise that no longer applies, with the reason",
        params: idParams,
        body: cancelBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await cancelPromise({
        db,
        orgId: user.orgId,
        promiseId: request.params.id,
        actor: user,
        ...request.body,
      });
      return { ok: true as const };
    },
  );
}
