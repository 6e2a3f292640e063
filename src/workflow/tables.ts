import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "../accounts/tables";
import { casePriority, cases } from "../cases/tables";

// Only what an admin changed is stored; everything else falls back to the defaults in code,
// so a new default reaches organizations that never touched that setting.
export const workflowSettings = pgTable("workflow_settings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  settings: jsonb("settings").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const casePlaybookItems = pgTable(
  "case_playbook_items",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    item: text("item").notNull(),
    done: boolean("done").notNull().default(false),
    evidence: jsonb("evidence"),
    // "mend" when filled from what happened, "agent" once a person set or confirmed it.
    source: text("source").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.item] })],
);

export const caseAssignments = pgTable(
  "case_assignments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fromUserId: uuid("from_user_id").references(() => users.id, { onDelete: "set null" }),
    toUserId: uuid("to_user_id").references(() => users.id, { onDelete: "set null" }),
    queue: text("queue"),
    // "rule:<name>", "load", "specialist", "manual", "queue"
    reason: text("reason").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_assignments_case_idx").on(t.caseId, t.createdAt)],
);

export const helpRequests = pgTable(
  "help_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    // "supervisor", "team" or "user"
    toKind: text("to_kind").notNull(),
    toTeam: text("to_team"),
    toUserId: uuid("to_user_id").references(() => users.id, { onDelete: "set null" }),
    priority: casePriority("priority").notNull(),
    note: text("note").notNull(),
    status: text("status").notNull().default("open"),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    warnAt: timestamp("warn_at", { withTimezone: true }).notNull(),
    warnedAt: timestamp("warned_at", { withTimezone: true }),
    breachedAt: timestamp("breached_at", { withTimezone: true }),
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("help_requests_open_idx").on(t.orgId, t.status, t.dueAt),
    index("help_requests_case_idx").on(t.caseId, t.createdAt),
    index("help_requests_next_check_idx").on(t.nextCheckAt).where(sql`${t.nextCheckAt} is not null`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    caseId: uuid("case_id").references(() => cases.id, { onDelete: "cascade" }),
    data: jsonb("data"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt.desc(), t.id.desc())],
);

// One row per alert ever fired: the unique key is what makes a warning or breach fire once,
// whatever the number of processes and restarts.
export const slaAlerts = pgTable(
  "sla_alerts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    clock: text("clock").notNull(),
    kind: text("kind").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sla_alerts_case_key_unique").on(t.caseId, t.key),
    index("sla_alerts_org_idx").on(t.orgId, t.firedAt),
  ],
);

export const caseSlaOutcomes = pgTable(
  "case_sla_outcomes",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    clock: text("clock").notNull(),
    hit: boolean("hit").notNull(),
    actualMinutes: doublePrecision("actual_minutes").notNull(),
    targetMinutes: integer("target_minutes").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.clock] }),
    index("case_sla_outcomes_org_idx").on(t.orgId, t.recordedAt),
  ],
);
