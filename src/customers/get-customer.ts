import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { customerIdentities, customers, emailBounces } from "./tables";

export async function getCustomer(options: { db: Db; orgId: string; customerId: string }) {
  const { db, orgId, customerId } = options;
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  if (!row) throw AppError.notFound("That customer");
  // Identities are stored normalised (email lower-cased), as bounces are: the join matches exactly.
  const identities = await db
    .select({
      kind: customerIdentities.kind,
      value: customerIdentities.value,
      bounce: {
        reason: emailBounces.reason,
        count: emailBounces.count,
        lastBouncedAt: emailBounces.lastBouncedAt,
      },
    })
    .from(customerIdentities)
    .leftJoin(
      emailBounces,
      and(
        eq(customerIdentities.kind, "email"),
        eq(emailBounces.orgId, customerIdentities.orgId),
        eq(emailBounces.address, customerIdentities.value),
      ),
    )
    .where(and(eq(customerIdentities.orgId, orgId), eq(customerIdentities.customerId, customerId)))
    .orderBy(asc(customerIdentities.createdAt), asc(customerIdentities.kind));
  return {
    id: row.id,
    externalRef: row.externalRef,
    name: row.name,
    lifetimeValue: row.lifetimeValue === null ? null : Number(row.lifetimeValue),
    tier: row.tier,
    customerSince: row.customerSince,
    followers: row.followers,
    advocate: row.advocate,
    identities: identities.map((i) => ({
      channel: i.kind,
      handle: i.value,
      ...(i.bounce
        ? {
            bounce: {
              reason: i.bounce.reason,
              count: i.bounce.count,
              lastBouncedAt: i.bounce.lastBouncedAt.toISOString(),
            },
          }
        : {}),
    })),
  };
}
