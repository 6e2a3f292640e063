import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { cases, interactions } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { lockIdentities } from "./match-customer";
import { type Identity, identitiesFrom } from "./normalize-identity";
import type { CustomerProfile } from "./schema";
import { customerIdentities, customers } from "./tables";

// The business's own record of a customer (value, tier, reach) keyed by its reference. A customer
// Mend created from a message that shares an identity is merged in, so the history stays whole.
export async function upsertCustomer(options: {
  tx: Tx;
  orgId: string;
  externalRef: string;
  profile: CustomerProfile;
}) {
  const { tx, orgId, externalRef, profile } = options;
  const identities = profileIdentities(profile);
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`customer-ref:${orgId}:${externalRef}`}, 0))`,
  );
  await lockIdentities({ tx, orgId, identities });

  const values = {
    ...(profile.name !== undefined ? { name: profile.name } : {}),
    ...(profile.lifetimeValue !== undefined
      ? { lifetimeValue: profile.lifetimeValue === null ? null : String(profile.lifetimeValue) }
      : {}),
    ...(profile.tier !== undefined ? { tier: profile.tier } : {}),
    ...(profile.customerSince !== undefined ? { customerSince: profile.customerSince } : {}),
    ...(profile.followers !== undefined ? { followers: profile.followers } : {}),
    ...(profile.advocate !== undefined ? { advocate: profile.advocate } : {}),
    updatedAt: new Date(),
  };
  const [existing] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.externalRef, externalRef)));
  const customerId = existing
    ? (
        await tx
          .update(customers)
          .set(values)
          .where(eq(customers.id, existing.id))
          .returning({ id: customers.id })
      )[0]!.id
    : (
        await tx
          .insert(customers)
          .values({ orgId, externalRef, ...values })
          .returning({ id: customers.id })
      )[0]!.id;

  let merged = 0;
  if (identities.length > 0) {
    const owners = await tx
      .select({
        customerId: customerIdentities.customerId,
        externalRef: customers.externalRef,
        kind: customerIdentities.kind,
        value: customerIdentities.value,
      })
      .from(customerIdentities)
      .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
      .where(
        and(
          eq(customerIdentities.orgId, orgId),
          ne(customerIdentities.customerId, customerId),
          or(
            ...identities.map((i) =>
              and(eq(customerIdentities.kind, i.kind), eq(customerIdentities.value, i.value)),
            ),
          ),
        ),
      );
    const claimed = owners.find((o) => o.externalRef !== null);
    if (claimed) {
      throw new AppError(
        "conflict",
        `The ${claimed.kind} ${claimed.value} belongs to the customer "${claimed.externalRef}".`,
        {
          details: [
            {
              field: claimed.kind === "email" ? "emails" : claimed.kind === "phone" ? "phones" : "handles",
              reason: `already belongs to customer ${claimed.externalRef}`,
            },
          ],
        },
      );
    }
    const absorbed = [...new Set(owners.map((o) => o.customerId))];
    if (absorbed.length > 0) {
      await tx
        .update(cases)
        .set({ customerId })
        .where(and(eq(cases.orgId, orgId), inArray(cases.customerId, absorbed)));
      await tx
        .update(interactions)
        .set({ customerId })
        .where(and(eq(interactions.orgId, orgId), inArray(interactions.customerId, absorbed)));
      await tx
        .update(customerIdentities)
        .set({ customerId })
        .where(and(eq(customerIdentities.orgId, orgId), inArray(customerIdentities.customerId, absorbed)));
      const names = await tx
        .delete(customers)
        .where(
          and(eq(customers.orgId, orgId), inArray(customers.id, absorbed), isNull(customers.externalRef)),
        )
        .returning({ name: customers.name });
      merged = absorbed.length;
      const knownName = names.find((n) => n.name)?.name;
      if (profile.name === undefined && knownName) {
        await tx
          .update(customers)
          .set({ name: knownName })
          .where(and(eq(customers.id, customerId), isNull(customers.name)));
      }
    }
    await tx
      .insert(customerIdentities)
      .values(identities.map((i) => ({ orgId, customerId, kind: i.kind, value: i.value })))
      .onConflictDoNothing();
  }
  return { customerId, merged };
}

function profileIdentities(profile: CustomerProfile): Identity[] {
  return [
    ...profile.emails.flatMap((email) => identitiesFrom({ channel: "email", from: { email } })),
    ...profile.phones.flatMap((phone) => identitiesFrom({ channel: "sms", from: { phone } })),
    ...profile.handles.flatMap(({ network, handle }) =>
      identitiesFrom({ channel: network, from: { handle } }),
    ),
  ];
}
