import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "../accounts/tables";
import { cases } from "../cases/tables";
import type { PromiseKind } from "../shared/vocabulary";
import type { CatalogItem } from "./schema";

// Only what an admin changed is stored, as in workflow_settings.
export const compensationSettings = pgTable("compensation_settings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  settings: jsonb("settings").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// One row per organization and calendar month. Every grant locks it (FOR UPDATE) before checking
// the budget and the giver's monthly authority, so two grants can never both spend the last of it.
export const compensationBudgetMonths = pgTable(
  "compensation_budget_months",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    month: text("month").notNull(),
    spent: bigint("spent", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);

// Money columns hold integer minor units of the organization's currency.
export const accommodations = pgTable(
  "accommodations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    label: text("label").notNull(),
    unit: text("unit").$type<CatalogItem["unit"]>().notNull(),
    amount: integer("amount").notNull(),
    cost: integer("cost").notNull(),
    note: text("note"),
    // Why an item that asks something of the customer was chosen anyway.
    reason: text("reason"),
    // pending_approval → granted → delivered, or rejected
    status: text("status").$type<"pending_approval" | "granted" | "delivered" | "rejected">().notNull(),
    month: text("month").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }),
    overBudget: boolean("over_budget").notNull().default(false),
    deliveredBy: uuid("delivered_by").references(() => users.id, { onDelete: "set null" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    deliveryReference: text("delivery_reference"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("accommodations_case_idx").on(t.caseId, t.createdAt),
    index("accommodations_granter_month_idx").on(t.orgId, t.grantedBy, t.month),
  ],
);

export const approvalRequests = pgTable(
  "approval_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    accommodationId: uuid("accommodation_id")
      .notNull()
      .references(() => accommodations.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    // Why it needs someone else: "per_case", "per_month" or "budget" (the last needs an admin).
    why: text("why").$type<"per_case" | "per_month" | "budget">().notNull(),
    status: text("status").$type<"pending" | "approved" | "rejected">().notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decisionReason: text("decision_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    breachedAt: timestamp("breached_at", { withTimezone: true }),
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("approval_requests_org_status_idx").on(t.orgId, t.status, t.dueAt),
    index("approval_requests_next_check_idx").on(t.nextCheckAt).where(sql`${t.nextCheckAt} is not null`),
  ],
);

export const casePromises = pgTable(
  "case_promises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PromiseKind>().notNull(),
    // The customer-visible wording.
    text: text("text").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    accommodationId: uuid("accommodation_id").references(() => accommodations.id, { onDelete: "set null" }),
    // open → kept | broken | cancelled
    state: text("state").$type<"open" | "kept" | "broken" | "cancelled">().notNull().default("open"),
    evidence: jsonb("evidence"),
    cancelReason: text("cancel_reason"),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    remindAt: timestamp("remind_at", { withTimezone: true }).notNull(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    brokenAt: timestamp("broken_at", { withTimezone: true }),
    // The reminder, then the due time; cleared once the promise is closed.
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("case_promises_case_idx").on(t.caseId, t.dueAt),
    index("case_promises_next_check_idx").on(t.nextCheckAt).where(sql`${t.nextCheckAt} is not null`),
  ],
);
