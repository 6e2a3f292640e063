import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations } from "../../accounts/tables";

// One connected mailbox. Passwords are AES-256-GCM sealed (see secret-box.ts); the webhook
// secret is kept only as a hash, like API tokens.
export const emailChannels = pgTable(
  "email_channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    address: text("address").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    imapHost: text("imap_host"),
    imapPort: integer("imap_port"),
    imapTls: boolean("imap_tls").notNull().default(true),
    imapUser: text("imap_user"),
    imapPassword: text("imap_password"),
    imapMailbox: text("imap_mailbox").notNull().default("INBOX"),
    imapMoveTo: text("imap_move_to"),
    smtpHost: text("smtp_host").notNull(),
    smtpPort: integer("smtp_port").notNull(),
    smtpTls: boolean("smtp_tls").notNull().default(true),
    smtpUser: text("smtp_user"),
    smtpPassword: text("smtp_password"),
    pollEverySeconds: integer("poll_every_seconds").notNull().default(60),
    maxMessageBytes: integer("max_message_bytes")
      .notNull()
      .default(10 * 1024 * 1024),
    webhookSecretHash: text("webhook_secret_hash").notNull(),
    // UIDs only mean something within one UIDVALIDITY; a new one means the mailbox was rebuilt.
    imapUidValidity: bigint("imap_uid_validity", { mode: "number" }),
    imapLastUid: bigint("imap_last_uid", { mode: "number" }).notNull().default(0),
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }).notNull().defaultNow(),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    lastPollError: text("last_poll_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("email_channels_org_address_unique").on(t.orgId, t.address),
    index("email_channels_next_poll_idx").on(t.nextPollAt),
  ],
);
