ALTER TABLE "bulk_jobs" ALTER COLUMN "action" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bulk_job_items" ADD COLUMN "action" jsonb;