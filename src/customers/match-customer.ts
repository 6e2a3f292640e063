import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Tx } from "../platform/db/client";
import type { Identity } from "./normalize-identity";
import { customerIdentities, customers } from "./tables";

// Finds the customer behind any of these identities, or creates one; identities not yet known
// are attached, so a person who wrote by email and then tweets becomes one customer.
export async function matchCustomer(options: {
  tx: Tx;
  orgId: string;
  name?: string;
  identities: Identity[];
}) {
  const { tx, orgId } = options;
  await lockIdentities({ tx, orgId, identities: options.identities });
  const known = await tx
    .select({
      customerId: customerIdentities.customerId,
      kind: customerIdentities.kind,
      value: customerIdentities.value,
    })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.orgId, orgId),
        or(
          ...options.identities.map((i) =>
            and(eq(customerIdentities.kind, i.kind), eq(customerIdentities.value, i.value)),
          ),
        ),
      ),
    );

  let customerId: string;
  if (known.length === 0) {
    const [created] = await tx
      .insert(customers)
      .values({ orgId, name: options.name ?? null })
      .returning({ id: customers.id });
    customerId = created!.id;
  } else {
    // Several customers can match when two records describe one person; the oldest wins.
    const candidates = [...new Set(known.map((k) => k.customerId))];
    const [oldest] = await tx
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), inArray(customers.id, candidates)))
      .orderBy(asc(customers.createdAt), asc(customers.id))
      .limit(1);
    customerId = oldest!.id;
    if (!oldest!.name && options.name) {
      await tx
        .update(customers)
        .set({ name: options.name, updatedAt: new Date() })
        .where(eq(customers.id, customerId));
    }
  }
  const missing = options.identities.filter(
    (i) => !known.some((k) => k.kind === i.kind && k.value === i.value),
  );
  if (missing.length > 0) {
    await tx
      .insert(customerIdentities)
      .values(missing.map((i) => ({ orgId, customerId, kind: i.kind, value: i.value })))
      .onConflictDoNothing();
  }
  return customerId;
}

// Two first messages from one new person at once must not create two customers, and an import
// must not race a message over the same address. Always in one order, so two locks never deadlock.
export async function lockIdentities(options: { tx: Tx; orgId: string; identities: Identity[] }) {
  for (const identity of [...options.identities].sort((a, b) => key(a).localeCompare(key(b)))) {
    await options.tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`identity:${options.orgId}:${key(identity)}`}, 0))`,
    );
  }
}

function key(identity: Identity): string {
  return `${identity.kind}:${identity.value}`;
}
