import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "../accounts/tables";
import { customers } from "../customers/tables";

// Stands in for a new case's number until the end of its transaction (see thread-into-case.ts).
export const caseNumberPlaceholder = pgSequence("case_number_placeholder", {
  maxValue: 2_147_483_647,
  cycle: true,
});

export const caseStatus = pgEnum("case_status", [
  "new",
  "open",
  "waiting_customer",
  "waiting_internal",
  "resolved",
  "following_up",
  "closed",
]);
export const casePriority = pgEnum("case_priority", ["low", "normal", "high", "critical"]);
export const interactionDirection = pgEnum("interaction_direction", ["inbound", "outbound", "note"]);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    status: caseStatus("status").notNull().default("new"),
    priority: casePriority("priority").notNull().default("normal"),
    channel: text("channel").notNull(),
    subject: text("subject"),
    preview: text("preview").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    riskScore: smallint("risk_score"),
    riskReasons: jsonb("risk_reasons"),
    interactionCount: integer("interaction_count").notNull().default(0),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // Workflow (issue 5): routing, playbook analysis, outcome and SLA due times.
    difficult: boolean("difficult").notNull().default(false),
    difficultReason: text("difficult_reason"),
    queue: text("queue"),
    rootCauseKey: text("root_cause_key"),
    rootCauseFault: text("root_cause_fault"),
    rootCauseNote: text("root_cause_note"),
    outcome: text("outcome"),
    outcomeReason: text("outcome_reason"),
    firstRespondedAt: timestamp("first_responded_at", { withTimezone: true }),
    lastAgentUpdateAt: timestamp("last_agent_update_at", { withTimezone: true }),
    slaPauses: jsonb("sla_pauses").notNull().default(sql`'[]'::jsonb`),
    firstResponseDueAt: timestamp("first_response_due_at", { withTimezone: true }),
    nextUpdateDueAt: timestamp("next_update_due_at", { withTimezone: true }),
    resolutionDueAt: timestamp("resolution_due_at", { withTimezone: true }),
    // The earliest pending SLA warning or breach; the sweep reads only rows whose time has come.
    slaNextCheckAt: timestamp("sla_next_check_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("cases_org_number_unique").on(t.orgId, t.number),
    // The queue's keyset order; the filtered variants share its tail so each stays an index scan.
    // NULLS FIRST matches a plain ORDER BY … DESC, without which PostgreSQL sorts the whole table.
    index("cases_queue_idx").on(t.orgId, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("cases_status_queue_idx").on(
      t.orgId,
      t.status,
      t.lastActivityAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("cases_owner_queue_idx").on(
      t.orgId,
      t.ownerId,
      t.lastActivityAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("cases_channel_queue_idx").on(
      t.orgId,
      t.channel,
      t.lastActivityAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("cases_customer_idx").on(t.orgId, t.customerId, t.openedAt.desc().nullsFirst()),
    index("cases_sla_next_check_idx").on(t.slaNextCheckAt).where(sql`${t.slaNextCheckAt} is not null`),
  ],
);

export const interactions = pgTable(
  "interactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    direction: interactionDirection("direction").notNull(),
    channel: text("channel").notNull(),
    externalId: text("external_id"),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name"),
    subject: text("subject"),
    text: text("text").notNull(),
    html: text("html"),
    analysis: jsonb("analysis"),
    // For outbound replies: what the coach found when it was sent, and who overrode its blockers.
    coachReport: jsonb("coach_report"),
    coachOverride: jsonb("coach_override"),
    deliveryStatus: text("delivery_status"),
    deliveryError: text("delivery_error"),
    // Email (issue 4): our or the sender's Message-ID, its References, and the rest of the mail
    // (quoted history, signature, attachments, loop verdict, mailbox) for threading and display.
    emailMessageId: text("email_message_id"),
    emailReferences: jsonb("email_references"),
    emailDetails: jsonb("email_details"),
    // Phone calls and visits logged by an agent (issue 15): concerns, hold time, read-back, next step.
    conversationLog: jsonb("conversation_log"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("interactions_external_unique")
      .on(t.orgId, t.channel, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index("interactions_case_idx").on(t.caseId, t.occurredAt),
    index("interactions_customer_idx").on(t.orgId, t.customerId, t.occurredAt.desc().nullsFirst()),
    index("interactions_email_message_idx")
      .on(t.orgId, t.emailMessageId)
      .where(sql`${t.emailMessageId} is not null`),
  ],
);
