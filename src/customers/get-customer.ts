import { and, asc, eq, inArray } from "drizzle-orm";
import { emailBounces } from "../channels/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { customerIdentities, customers } from "./tables";

export async function getCustomer(options: { db: Db; orgId: string; customerId: string }) {
  const { db, orgId, customerId } = options;
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  if (!row) throw AppError.notFound("That customer");
  const identities = await db
    .select({ kind: customerIdentities.kind, value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.orgId, orgId), eq(customerIdentities.customerId, customerId)))
    .orderBy(asc(customerIdentities.createdAt), asc(customerIdentities.kind));
  const emails = identities.filter((i) => i.kind === "email").map((i) => i.value.toLowerCase());
  const bounces =
    emails.length === 0
      ? []
      : await db
          .select()
          .from(emailBounces)
          .where(and(eq(emailBounces.orgId, orgId), inArray(emailBounces.address, emails)));
  const bounceOf = new Map(bounces.map((b) => [b.address, b]));
  return {
    id: row.id,
    externalRef: row.externalRef,
    name: row.name,
    lifetimeValue: row.lifetimeValue === null ? null : Number(row.lifetimeValue),
    tier: row.tier,
    customerSince: row.customerSince,
    followers: row.followers,
    advocate: row.advocate,
    identities: identities.map((i) => {
      const bounce = i.kind === "email" ? bounceOf.get(i.value.toLowerCase()) : undefined;
      return {
        channel: i.kind,
        handle: i.value,
        ...(bounce
          ? {
              bounce: {
                reason: bounce.reason,
                count: bounce.count,
                lastBouncedAt: bounce.lastBouncedAt.toISOString(),
              },
            }
          : {}),
      };
    }),
  };
}
