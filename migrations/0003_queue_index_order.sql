DROP INDEX "cases_queue_idx";--> statement-breakpoint
DROP INDEX "cases_status_queue_idx";--> statement-breakpoint
DROP INDEX "cases_owner_queue_idx";--> statement-breakpoint
DROP INDEX "cases_channel_queue_idx";--> statement-breakpoint
DROP INDEX "cases_customer_idx";--> statement-breakpoint
DROP INDEX "interactions_customer_idx";--> statement-breakpoint
CREATE INDEX "cases_queue_idx" ON "cases" USING btree ("org_id","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_status_queue_idx" ON "cases" USING btree ("org_id","status","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_owner_queue_idx" ON "cases" USING btree ("org_id","owner_id","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_channel_queue_idx" ON "cases" USING btree ("org_id","channel","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_customer_idx" ON "cases" USING btree ("org_id","customer_id","opened_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "interactions_customer_idx" ON "interactions" USING btree ("org_id","customer_id","occurred_at" DESC NULLS FIRST);