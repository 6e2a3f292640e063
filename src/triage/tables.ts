import { bigserial, index, integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "../accounts/tables";
import { interactions } from "../cases/tables";

// Each organization's learned layer over the default model (see org-model-schema.ts).
export const orgTriageModels = pgTable("org_triage_models", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  state: jsonb("state").notNull(),
  corrections: integer("corrections").notNull().default(0),
  // Organization multipliers per risk factor (0 switches a factor off).
  riskWeights: jsonb("risk_weights").notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// An agent's one-click correction of an analysis: a label the organization's model learns from.
export const triageCorrections = pgTable(
  "triage_corrections",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    interactionId: uuid("interaction_id")
      .notNull()
      .references(() => interactions.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    correction: jsonb("correction").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    learnedAt: timestamp("learned_at", { withTimezone: true }),
  },
  (t) => [
    index("triage_corrections_pending_idx").on(t.orgId, t.learnedAt),
    index("triage_corrections_interaction_idx").on(t.interactionId),
  ],
);
