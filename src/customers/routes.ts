import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../platform/http/app-deps";
import { requirePrincipal } from "../platform/http/auth";
import { getCustomer } from "./get-customer";
import { type CustomerProfile, customerProfileSchema, customerResponse, externalRefSchema } from "./schema";
import { upsertCustomer } from "./upsert-customer";

const upsertAccess = {
  access: { apiToken: true, roles: ["admin", "supervisor"] as const },
  errors: ["conflict"] as const,
};
const upsertSummary = "Create or update a customer from your own systems (value, tier, reach, identities)";
const upsertDescription =
  "Fields left out keep their stored value. A customer Mend created from a message with one of these identities is merged in.";
const byRefPath = "/api/v1/customers/by-ref/:externalRef";
// Until 0.2 the reference sat where the Mend id sits, so tools saw one path for two things.
const DEPRECATED_UPSERT_SUNSET = "Wed, 30 Jun 2027 00:00:00 GMT";

export function registerCustomerRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  const upsert = async (orgId: string, externalRef: string, profile: CustomerProfile) => {
    const { customerId, merged } = await deps.db.transaction((tx) =>
      upsertCustomer({ tx, orgId, externalRef, profile }),
    );
    return { ...(await getCustomer({ db: deps.db, orgId, customerId })), merged };
  };

  api.put(
    byRefPath,
    {
      config: upsertAccess,
      schema: {
        operationId: "upsertCustomer",
        tags: ["customers"],
        summary: upsertSummary,
        description: upsertDescription,
        params: z.object({ externalRef: externalRefSchema }),
        body: customerProfileSchema,
        response: { 200: customerResponse },
      },
    },
    async (request) => upsert(requirePrincipal(request).orgId, request.params.externalRef, request.body),
  );

  api.put(
    "/api/v1/customers/:id",
    {
      config: upsertAccess,
      schema: {
        operationId: "upsertCustomerAtOldPath",
        deprecated: true,
        tags: ["customers"],
        summary: `${upsertSummary} — deprecated path`,
        description: `Deprecated: use PUT /api/v1/customers/by-ref/{externalRef}. Here \`id\` is your own reference, not a Mend id. Answers until ${DEPRECATED_UPSERT_SUNSET} with Deprecation, Sunset and Link headers.`,
        params: z.object({ id: externalRefSchema.meta({ description: "your own reference (externalRef)" }) }),
        body: customerProfileSchema,
        response: { 200: customerResponse },
      },
    },
    async (request, reply) => {
      markDeprecated(reply, byRefPath.replace(":externalRef", encodeURIComponent(request.params.id)));
      return upsert(requirePrincipal(request).orgId, request.params.id, request.body);
    },
  );

  api.get(
    "/api/v1/customers/:id",
    {
      config: { access: { apiToken: true } },
      schema: {
        operationId: "getCustomer",
        tags: ["customers"],
        summary: "One customer with their identities",
        params: z.object({ id: z.uuid() }),
        response: { 200: customerResponse },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return {
        ...(await getCustomer({ db: deps.db, orgId: principal.orgId, customerId: request.params.id })),
        merged: 0,
      };
    },
  );
}

function markDeprecated(reply: FastifyReply, successor: string) {
  reply
    .header("deprecation", "true")
    .header("sunset", DEPRECATED_UPSERT_SUNSET)
    .header("link", `<${successor}>; rel="successor-version"`);
}
