CREATE TABLE "email_bounces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"last_bounced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"imap_host" text,
	"imap_port" integer,
	"imap_tls" boolean DEFAULT true NOT NULL,
	"imap_user" text,
	"imap_password" text,
	"imap_mailbox" text DEFAULT 'INBOX' NOT NULL,
	"imap_move_to" text,
	"smtp_host" text NOT NULL,
	"smtp_port" integer NOT NULL,
	"smtp_tls" boolean DEFAULT true NOT NULL,
	"smtp_user" text,
	"smtp_password" text,
	"poll_every_seconds" integer DEFAULT 60 NOT NULL,
	"max_message_bytes" integer DEFAULT 10485760 NOT NULL,
	"webhook_secret_hash" text NOT NULL,
	"imap_uid_validity" bigint,
	"imap_last_uid" bigint DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_poll_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "email_message_id" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "email_references" jsonb;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "email_details" jsonb;--> statement-breakpoint
ALTER TABLE "email_bounces" ADD CONSTRAINT "email_bounces_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_channels" ADD CONSTRAINT "email_channels_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_bounces_org_address_unique" ON "email_bounces" USING btree ("org_id","address");--> statement-breakpoint
CREATE UNIQUE INDEX "email_channels_org_address_unique" ON "email_channels" USING btree ("org_id","address");--> statement-breakpoint
CREATE INDEX "email_channels_next_poll_idx" ON "email_channels" USING btree ("next_poll_at");--> statement-breakpoint
CREATE INDEX "interactions_email_message_idx" ON "interactions" USING btree ("org_id","email_message_id") WHERE "interactions"."email_message_id" is not null;