CREATE TABLE "order_index_counts" (
	"connection_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "order_index_counts_connection_id_stage_pk" PRIMARY KEY("connection_id","stage")
);
--> statement-breakpoint
ALTER TABLE "order_index" ADD COLUMN "connection_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "order_index" ADD COLUMN "stage_rank" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_index_counts" ADD CONSTRAINT "order_index_counts_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_index_customer_idx" ON "order_index" USING btree (lower(coalesce("customer_name", "customer_email", '')),"placed_at","connection_id","order_id");--> statement-breakpoint
CREATE INDEX "order_index_status_idx" ON "order_index" USING btree ("stage_rank",lower("status_label"),"placed_at","connection_id","order_id");--> statement-breakpoint
CREATE INDEX "order_index_connection_name_idx" ON "order_index" USING btree ("connection_name","placed_at","connection_id","order_id");--> statement-breakpoint
-- Rows indexed before this migration: their connection's name and their stage's rank (STAGES in lib/domain/order.ts).
UPDATE "order_index" SET "connection_name" = c."name",
  "stage_rank" = array_position(ARRAY['pending','processing','shipped','delivered','completed','cancelled','returned','exception'], "stage") - 1
  FROM "connections" c WHERE c."id" = "order_index"."connection_id";--> statement-breakpoint
INSERT INTO "order_index_counts" ("connection_id", "stage", "n")
  SELECT "connection_id", "stage", count(*) FROM "order_index" WHERE "vanished_at" IS NULL GROUP BY 1, 2;--> statement-breakpoint
-- The counts follow every write of order_index, one statement per statement (transition tables), so a batch of
-- 500 orders costs one update of the counts, not 500.
CREATE OR REPLACE FUNCTION od_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "order_index_counts" c SET "n" = c."n" - d."n"
      FROM (SELECT "connection_id", "stage", count(*) AS "n" FROM old_rows WHERE "vanished_at" IS NULL GROUP BY 1, 2) d
      WHERE c."connection_id" = d."connection_id" AND c."stage" = d."stage";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "order_index_counts" ("connection_id", "stage", "n")
      SELECT "connection_id", "stage", count(*) FROM new_rows WHERE "vanished_at" IS NULL GROUP BY 1, 2
      ON CONFLICT ("connection_id", "stage") DO UPDATE SET "n" = "order_index_counts"."n" + excluded."n";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "order_index_counts_insert" AFTER INSERT ON "order_index"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION od_count_change();--> statement-breakpoint
CREATE TRIGGER "order_index_counts_update" AFTER UPDATE ON "order_index"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION od_count_change();--> statement-breakpoint
CREATE TRIGGER "order_index_counts_delete" AFTER DELETE ON "order_index"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION od_count_change();
