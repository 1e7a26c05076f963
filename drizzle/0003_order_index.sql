-- Search needs trigram indexes and accent folding ("novak" finds "Novák"): both extensions ship with PostgreSQL
-- and PGlite. unaccent() is only STABLE, so an index or generated column needs this IMMUTABLE wrapper with the
-- dictionary named (the usual PostgreSQL recipe).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION od_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
CREATE TABLE "connection_sync" (
	"connection_id" uuid PRIMARY KEY NOT NULL,
	"phase" text DEFAULT 'backfill' NOT NULL,
	"backfill_cursor" text,
	"backfill_started_at" timestamp with time zone,
	"backfill_seen" integer DEFAULT 0 NOT NULL,
	"backfill_total" integer,
	"high_water" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_error" text,
	"unreadable" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"next_reconcile_at" timestamp with time zone,
	"requested_at" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "order_index" (
	"connection_id" uuid NOT NULL,
	"order_id" text NOT NULL,
	"number" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone,
	"customer_name" text,
	"customer_email" text,
	"customer_phone" text,
	"country" text,
	"line_count" integer NOT NULL,
	"skus" text DEFAULT '' NOT NULL,
	"total" numeric NOT NULL,
	"currency" text NOT NULL,
	"stage" text NOT NULL,
	"payment_status" text,
	"status_code" text NOT NULL,
	"status_label" text NOT NULL,
	"tracking" text DEFAULT '' NOT NULL,
	"sent_to_erp" boolean,
	"summary" jsonb NOT NULL,
	"hash" text NOT NULL,
	"search" text GENERATED ALWAYS AS (od_fold(coalesce("order_index"."number", '') || ' ' || coalesce("order_index"."customer_name", '') || ' ' || coalesce("order_index"."customer_email", '') || ' ' || coalesce("order_index"."customer_phone", '') || ' ' || "order_index"."skus")) STORED,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"vanished_at" timestamp with time zone,
	CONSTRAINT "order_index_connection_id_order_id_pk" PRIMARY KEY("connection_id","order_id")
);
--> statement-breakpoint
ALTER TABLE "connection_sync" ADD CONSTRAINT "connection_sync_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_index" ADD CONSTRAINT "order_index_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_index_placed_idx" ON "order_index" USING btree ("placed_at","connection_id","order_id");--> statement-breakpoint
CREATE INDEX "order_index_total_idx" ON "order_index" USING btree ("total","placed_at","connection_id","order_id");--> statement-breakpoint
CREATE INDEX "order_index_connection_placed_idx" ON "order_index" USING btree ("connection_id","placed_at","order_id");--> statement-breakpoint
CREATE INDEX "order_index_number_idx" ON "order_index" USING btree (lower("number") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "order_index_search_idx" ON "order_index" USING gin ("search" gin_trgm_ops);