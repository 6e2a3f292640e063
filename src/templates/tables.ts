import { sql } from "drizzle-orm";
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "../accounts/tables";
import { type ReplyStage, replyStageSchema } from "../shared/vocabulary";

export const replyStage = pgEnum("reply_stage", replyStageSchema.options as [ReplyStage, ...ReplyStage[]]);

// Starting points for common situations. The coach compares every draft against these bodies,
// so a reply sent nearly unchanged is flagged as scripted (R13).
export const replyTemplates = pgTable(
  "reply_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    body: text("body").notNull(),
    stage: replyStage("stage"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Also serves the coach's per-keystroke "every body of this org" lookup through its org_id prefix.
  (t) => [uniqueIndex("reply_templates_org_name_unique").on(t.orgId, sql`lower(${t.name})`)],
);
