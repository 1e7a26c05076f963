ALTER TABLE "bulk_jobs" ADD COLUMN "started_ip" text;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD COLUMN "lease_until" timestamp with time zone;