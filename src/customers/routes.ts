import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../platform/http/app-deps";
import { requirePrincipal } from "../platform/http/auth";
import { getCustomer } from "./get-customer";
import { customerProfileSchema, customerResponse, externalRefSchema } from "./schema";
import { upsertCustomer } from "./upsert-customer";

export function registerCustomerRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();

  api.put(
    "/api/v1/customers/:externalRef",
    {
      config: { access: { apiToken: true, roles: ["admin", "supervisor"] } },
      schema: {
        tags: ["customers"],
        summary: "Create or update a customer from your own systems (value, tier, reach, identities)",
        description:
          "Fields left out keep their stored value. A customer Mend created from a message with one of these identities is merged in.",
        params: z.object({ externalRef: externalRefSchema }),
        body: customerProfileSchema,
        response: { 200: customerResponse },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { customerId, merged } = await deps.db.transaction((tx) =>
        upsertCustomer({
          tx,
          orgId: principal.orgId,
          externalRef: request.params.externalRef,
          profile: request.body,
        }),
      );
      return { ...(await getCustomer({ db: deps.db, orgId: principal.orgId, customerId })), merged };
    },
  );

  api.get(
    "/api/v1/customers/:id",
    {
      config: { access: { apiToken: true } },
      schema: {
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
