// The order index: a summary of every connection's orders, kept in step with the platforms by lib/sync, so
// lists, search, counts and export answer from here. The platforms stay the source of truth: the detail page
// and every action read the platform live, and write what they read back into this table.
import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  bigint,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { OrderSummary } from "../domain/order";
import { connections } from "./schema";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A search column computed by PostgreSQL: lower-cased, accents removed (od_fold, see migration 0003). */
const folded = customType<{ data: string }>({ dataType: () => "text" });

export const orderIndex = pgTable(
  "order_index",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    orderId: text("order_id").notNull(),
    /** The connection's name as it is now (the connection sort reads it; a rename rewrites it). */
    connectionName: text("connection_name").notNull().default(""),
    number: text("number").notNull(),
    placedAt: at("placed_at").notNull(),
    /** When the platform says the order last changed, where it says so. */
    updatedAt: at("updated_at"),
    customerName: text("customer_name"),
    customerEmail: text("customer_email"),
    customerPhone: text("customer_phone"),
    /** ISO 3166-1 alpha-2 of the shipping (else billing) address. */
    country: text("country"),
    lineCount: integer("line_count").notNull(),
    /** The lines' SKUs, space-separated (for search). */
    skus: text("skus").notNull().default(""),
    /** Exact: PostgreSQL's numeric, read back as a decimal string. */
    total: numeric("total").notNull(),
    currency: text("currency").notNull(),
    stage: text("stage").notNull(),
    /** The stage's place in the workflow (STAGES), for the status sort. */
    stageRank: smallint("stage_rank").notNull().default(0),
    paymentStatus: text("payment_status"),
    statusCode: text("status_code").notNull(),
    statusLabel: text("status_label").notNull(),
    tracking: text("tracking").notNull().default(""),
    sentToErp: boolean("sent_to_erp"),
    /** What the list sends for this order, exactly as the adapter mapped it. */
    summary: jsonb("summary").$type<OrderSummary>().notNull(),
    /** A hash of the platform's own record: a re-read that hashes the same changed nothing. */
    hash: text("hash").notNull(),
    search: folded("search").generatedAlwaysAs(
      (): SQL =>
        sql`od_fold(coalesce(${orderIndex.number}, '') || ' ' || coalesce(${orderIndex.customerName}, '') || ' ' || coalesce(${orderIndex.customerEmail}, '') || ' ' || coalesce(${orderIndex.customerPhone}, '') || ' ' || ${orderIndex.skus})`,
    ),
    /** When a sync last found the order on the platform. */
    seenAt: at("seen_at").notNull().defaultNow(),
    /** When Orderdeck last wrote this row. */
    indexedAt: at("indexed_at").notNull().defaultNow(),
    /** Set when the platform no longer has the order (a reconcile missed it, or the detail answered 404). */
    vanishedAt: at("vanished_at"),
  },
  (table) => [
    primaryKey({ columns: [table.connectionId, table.orderId] }),
    // Keyset pages read these forwards or backwards: every column of a sort goes the same way.
    index("order_index_placed_idx").on(table.placedAt, table.connectionId, table.orderId),
    index("order_index_total_idx").on(table.total, table.placedAt, table.connectionId, table.orderId),
    index("order_index_connection_placed_idx").on(table.connectionId, table.placedAt, table.orderId),
    index("order_index_customer_idx").on(
      sql`lower(coalesce(${table.customerName}, ${table.customerEmail}, ''))`,
      table.placedAt,
      table.connectionId,
      table.orderId,
    ),
    index("order_index_status_idx").on(
      table.stageRank,
      sql`lower(${table.statusLabel})`,
      table.placedAt,
      table.connectionId,
      table.orderId,
    ),
    index("order_index_connection_name_idx").on(
      table.connectionName,
      table.placedAt,
      table.connectionId,
      table.orderId,
    ),
    // The orders that may be waiting too long (the overview's "needs attention"), per connection oldest first:
    // a few of them among all the orders, however many have been delivered since.
    index("order_index_open_idx")
      .on(table.connectionId, table.placedAt, table.orderId)
      .where(sql`${table.vanishedAt} is null and ${table.stage} in ('pending', 'processing')`),
    index("order_index_number_idx").on(sql`lower(${table.number}) text_pattern_ops`),
    index("order_index_search_idx").using("gin", sql`${table.search} gin_trgm_ops`),
  ],
);

/** Per connection: where its backfill is, when it last synced, what failed, and which instance holds it now. */
export const connectionSync = pgTable("connection_sync", {
  connectionId: uuid("connection_id")
    .primaryKey()
    .references(() => connections.id, { onDelete: "cascade" }),
  /**
   * backfill: the first reading of the whole history (shown as importing); reconcile: a later full reading that
   * finds what changed or vanished unseen; live: between them, incremental syncs only.
   */
  phase: text("phase").$type<"backfill" | "reconcile" | "live">().notNull().default("backfill"),
  /** The adapter's cursor of the next page of the full reading (null: its first page). */
  backfillCursor: text("backfill_cursor"),
  backfillStartedAt: at("backfill_started_at"),
  backfillSeen: integer("backfill_seen").notNull().default(0),
  /** The platform's own count, when it tells one. */
  backfillTotal: integer("backfill_total"),
  /** When the last incremental read (or full reading) started: the next changed-since read starts a little before. */
  highWater: at("high_water"),
  lastSyncAt: at("last_sync_at"),
  lastAttemptAt: at("last_attempt_at"),
  lastError: text("last_error"),
  /** Orders the platform sent that could not be read (by id, with the reason); the list names them. */
  unreadable: jsonb("unreadable")
    .$type<{ orderId: string | null; message: string }[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  nextRunAt: at("next_run_at").notNull().defaultNow(),
  nextReconcileAt: at("next_reconcile_at"),
  /** "Sync now": the next pass runs at once and reads the recent window whatever the platform offers. */
  requestedAt: at("requested_at"),
  leaseOwner: text("lease_owner"),
  leaseUntil: at("lease_until"),
});

/**
 * How many listed (not vanished) orders each connection has per stage, kept by triggers on order_index
 * (migration 0005): the unfiltered counts and the stage and connection facets read it instead of counting rows.
 */
export const orderIndexCounts = pgTable(
  "order_index_counts",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.connectionId, table.stage] })],
);

/**
 * The listed (not vanished) orders per connection, UTC hour of placing, currency, stage and the totals' decimal
 * places: how many and their exact sum, kept by triggers on order_index (migration 0010). The overview adds up
 * these rows instead of the orders themselves; the places are part of the key so a sum keeps the scale of the
 * orders it adds up, whatever has left the row since.
 */
export const orderIndexHours = pgTable(
  "order_index_hours",
  {
    hour: at("hour").notNull(),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    currency: text("currency").notNull(),
    stage: text("stage").notNull(),
    scale: smallint("scale").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
    total: numeric("total").notNull(),
  },
  (table) => [primaryKey({ columns: [table.hour, table.connectionId, table.currency, table.stage, table.scale] })],
);
