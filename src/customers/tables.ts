import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations } from "../accounts/tables";

export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    externalRef: text("external_ref"),
    name: text("name"),
    lifetimeValue: numeric("lifetime_value", { precision: 14, scale: 2 }),
    tier: text("tier"),
    customerSince: date("customer_since"),
    followers: integer("followers"),
    advocate: boolean("advocate").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("customers_external_ref_unique").on(t.orgId, t.externalRef),
    index("customers_org_idx").on(t.orgId),
  ],
);

// kind is "email", "phone", or the network a handle belongs to ("twitter", "facebook", …).
export const customerIdentities = pgTable(
  "customer_identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("customer_identities_unique").on(t.orgId, t.kind, t.value),
    index("customer_identities_customer_idx").on(t.customerId),
  ],
);

// A customer's addresses that bounced: agents see it on the customer, and Mend knows mail to them
// is not arriving. The email adapter records them; the customer panel reads them.
export const emailBounces = pgTable(
  "email_bounces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    reason: text("reason").notNull(),
    count: integer("count").notNull().default(1),
    lastBouncedAt: timestamp("last_bounced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("email_bounces_org_address_unique").on(t.orgId, t.address)],
);
