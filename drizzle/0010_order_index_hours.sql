CREATE TABLE "order_index_hours" (
	"hour" timestamp with time zone NOT NULL,
	"connection_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"stage" text NOT NULL,
	"scale" smallint NOT NULL,
	"n" bigint NOT NULL,
	"total" numeric NOT NULL,
	CONSTRAINT "order_index_hours_hour_connection_id_currency_stage_scale_pk" PRIMARY KEY("hour","connection_id","currency","stage","scale")
);
--> statement-breakpoint
ALTER TABLE "order_index_hours" ADD CONSTRAINT "order_index_hours_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_index_open_idx" ON "order_index" USING btree ("connection_id","placed_at","order_id") WHERE "order_index"."vanished_at" is null and "order_index"."stage" in ('pending', 'processing');--> statement-breakpoint
-- Orders indexed before this migration.
INSERT INTO "order_index_hours" ("hour", "connection_id", "currency", "stage", "scale", "n", "total")
  SELECT date_trunc('hour', "placed_at", 'UTC'), "connection_id", "currency", "stage", scale("total"), count(*), sum("total")
    FROM "order_index" WHERE "vanished_at" IS NULL GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
-- The hours follow every write of order_index, one statement per statement (transition tables), like the counts
-- (0005). An update adds only its net change: a re-read that moved nothing the figures show writes nothing here.
-- A key that loses orders exists already, so it is only ever updated; only a gain may insert, so a connection's
-- cascading delete never inserts a row for the connection being deleted. Rows left at 0 orders stay (readers
-- skip them), so a row is never deleted while another write adds to it.
CREATE OR REPLACE FUNCTION od_hours_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "order_index_hours" AS h ("hour", "connection_id", "currency", "stage", "scale", "n", "total")
      SELECT date_trunc('hour', "placed_at", 'UTC'), "connection_id", "currency", "stage", scale("total"), count(*), sum("total")
        FROM new_rows WHERE "vanished_at" IS NULL GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT ("hour", "connection_id", "currency", "stage", "scale")
        DO UPDATE SET "n" = h."n" + excluded."n", "total" = h."total" + excluded."total";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "order_index_hours" h SET "n" = h."n" - d."n", "total" = h."total" - d."total"
      FROM (SELECT date_trunc('hour', "placed_at", 'UTC') AS "hour", "connection_id", "currency", "stage",
                   scale("total") AS "scale", count(*) AS "n", sum("total") AS "total"
              FROM old_rows WHERE "vanished_at" IS NULL GROUP BY 1, 2, 3, 4, 5) d
      WHERE (h."hour", h."connection_id", h."currency", h."stage", h."scale")
          = (d."hour", d."connection_id", d."currency", d."stage", d."scale");
  ELSE
    WITH changed AS (
      SELECT "placed_at", "connection_id", "currency", "stage", "total", 1 AS "n" FROM new_rows WHERE "vanished_at" IS NULL
      UNION ALL
      SELECT "placed_at", "connection_id", "currency", "stage", -"total", -1 FROM old_rows WHERE "vanished_at" IS NULL
    ), delta AS (
      SELECT date_trunc('hour', "placed_at", 'UTC') AS "hour", "connection_id", "currency", "stage",
             scale("total") AS "scale", sum("n") AS "n", sum("total") AS "total"
        FROM changed GROUP BY 1, 2, 3, 4, 5 HAVING sum("n") <> 0 OR sum("total") <> 0
    ), lost AS (
      UPDATE "order_index_hours" h SET "n" = h."n" + d."n", "total" = h."total" + d."total"
        FROM delta d
        WHERE d."n" <= 0 AND (h."hour", h."connection_id", h."currency", h."stage", h."scale")
          = (d."hour", d."connection_id", d."currency", d."stage", d."scale")
    )
    INSERT INTO "order_index_hours" AS h ("hour", "connection_id", "currency", "stage", "scale", "n", "total")
      SELECT * FROM delta WHERE "n" > 0
      ON CONFLICT ("hour", "connection_id", "currency", "stage", "scale")
        DO UPDATE SET "n" = h."n" + excluded."n", "total" = h."total" + excluded."total";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "order_index_hours_insert" AFTER INSERT ON "order_index"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION od_hours_change();--> statement-breakpoint
CREATE TRIGGER "order_index_hours_update" AFTER UPDATE ON "order_index"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION od_hours_change();--> statement-breakpoint
CREATE TRIGGER "order_index_hours_delete" AFTER DELETE ON "order_index"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION od_hours_change();
