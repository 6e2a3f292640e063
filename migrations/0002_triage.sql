CREATE TABLE "org_triage_models" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"corrections" integer DEFAULT 0 NOT NULL,
	"risk_weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_corrections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"interaction_id" uuid NOT NULL,
	"user_id" uuid,
	"correction" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"learned_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "org_triage_models" ADD CONSTRAINT "org_triage_models_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_corrections" ADD CONSTRAINT "triage_corrections_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_corrections" ADD CONSTRAINT "triage_corrections_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_corrections" ADD CONSTRAINT "triage_corrections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "triage_corrections_pending_idx" ON "triage_corrections" USING btree ("org_id","learned_at");--> statement-breakpoint
CREATE INDEX "triage_corrections_interaction_idx" ON "triage_corrections" USING btree ("interaction_id");