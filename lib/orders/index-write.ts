// Writing orders into the index: one upsert per batch of new or changed orders, told apart by the rows' hashes
// read first (for the sync's counts and the live updates). An unchanged order is not rewritten: the sync
// re-reads the recent window every few seconds, and rewriting those rows left PostgreSQL tens of thousands of
// dead rows and PGlite's WAL growing ~20 MB a minute. Only a full reading records that it met one (seen_at),
// once per reading, because that is what tells vanished orders apart (vanished.ts).
import "server-only";
import { and, eq, getTableColumns, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connections, orderIndex } from "../db/schema";
import type { Order } from "../domain/order";
import { announceIndexWrite } from "./index-events";
import { type IndexRow, toIndexRow } from "./index-row";
import { forgetIndexReads } from "./list-memo";
import { logError } from "../db/log-error";

/** Rows per statement (and per hash look-up). */
const BATCH = 500;

export interface OrderKey {
  connectionId: string;
  orderId: string;
}

const keyOf = (row: OrderKey) => `${row.connectionId}/${row.orderId}`;

/**
 * The batch travels as ONE jsonb parameter that PostgreSQL unpacks (jsonb_to_recordset) instead of ~15,000 bound
 * values: a third less time per order on PGlite, where building and encoding parameters dominated. Every
 * column but the generated search text is written; on conflict every one but the key takes the new value.
 */
const COLUMNS = Object.entries(getTableColumns(orderIndex)).filter(([key]) => key !== "search");
const NAMES = COLUMNS.map(([, column]) => `"${column.name}"`).join(", ");
const SHAPE = COLUMNS.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(", ");
const UPDATES = COLUMNS.filter(([key]) => key !== "connectionId" && key !== "orderId")
  .map(([, column]) => `"${column.name}" = excluded."${column.name}"`)
  .join(", ");

function upsertStatement(rows: readonly IndexRow[]) {
  const records = rows.map((row) =>
    Object.fromEntries(COLUMNS.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null])),
  );
  return sql`insert into order_index (${sql.raw(NAMES)}) select ${sql.raw(NAMES)} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${sql.raw(SHAPE)}) on conflict (connection_id, order_id) do update set ${sql.raw(UPDATES)}`;
}

/** One connection's rows of these orders: a primary-key lookup per order. */
function theseRows(connectionId: string, group: readonly IndexRow[]) {
  return and(
    eq(orderIndex.connectionId, connectionId),
    inArray(
      orderIndex.orderId,
      group.map((row) => row.orderId),
    ),
  );
}

/** Each stored row's hash, or null when it is marked vanished (then it is written again, whatever its hash). */
async function storedHashes(db: Db, rows: readonly IndexRow[]): Promise<Map<string, string | null>> {
  const hashes = new Map<string, string | null>();
  for (const [connectionId, group] of byConnection(rows)) {
    // One primary-key lookup per order (= any of an array); a row-value IN list made PostgreSQL scan the table.
    const stored = await db
      .select({ orderId: orderIndex.orderId, hash: orderIndex.hash, vanishedAt: orderIndex.vanishedAt })
      .from(orderIndex)
      .where(theseRows(connectionId, group));
    for (const row of stored)
      hashes.set(keyOf({ connectionId, orderId: row.orderId }), row.vanishedAt ? null : row.hash);
  }
  return hashes;
}

async function connectionNames(db: Db, orders: readonly Order[]): Promise<Map<string, string>> {
  const ids = [...new Set(orders.map((order) => order.connectionId))];
  const rows = await db
    .select({ id: connections.id, name: connections.name })
    .from(connections)
    .where(inArray(connections.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A full reading's unchanged orders: met now, unless already met since the reading started. */
async function markMet(db: Db, rows: readonly IndexRow[], readingStarted: Date, seenAt: Date): Promise<void> {
  for (const [connectionId, group] of byConnection(rows)) {
    await db
      .update(orderIndex)
      .set({ seenAt })
      .where(and(theseRows(connectionId, group), lt(orderIndex.seenAt, readingStarted)));
  }
}

export interface WriteOptions {
  /** The orders come from a full reading that started then: the unchanged ones are recorded as met by it. */
  readingStarted?: Date;
  seenAt?: Date;
  /**
   * The connection's first reading (its backfill) is under way: orders new to the index are not announced as
   * added to the live streams — that would be every order of the shop. Changed ones still are.
   */
  firstReading?: boolean;
}

/** Upserts the new and changed orders, announces them to the live streams (index-events.ts); answers them. */
export async function writeOrders(
  db: Db,
  orders: readonly Order[],
  { readingStarted, seenAt = new Date(), firstReading = false }: WriteOptions = {},
): Promise<OrderKey[]> {
  const changed: OrderKey[] = [];
  if (orders.length === 0) return changed;
  const names = await connectionNames(db, orders);
  for (let start = 0; start < orders.length; start += BATCH) {
    // A page may hold one order twice (it moved while we paged): the last one read wins.
    const rows = [
      ...new Map(
        orders
          .slice(start, start + BATCH)
          .map((order) => [
            keyOf({ connectionId: order.connectionId, orderId: order.id }),
            toIndexRow(order, seenAt, names.get(order.connectionId) ?? ""),
          ]),
      ).values(),
    ];
    const before = await storedHashes(db, rows);
    const [fresh, unchanged] = partition(rows, (row) => before.get(keyOf(row)) !== row.hash);
    for (const row of fresh) changed.push({ connectionId: row.connectionId, orderId: row.orderId });
    if (fresh.length > 0) await db.execute(upsertStatement(fresh));
    if (readingStarted && unchanged.length > 0) await markMet(db, unchanged, readingStarted, seenAt);
    const [added, rewritten] = partition(fresh, (row) => !before.has(keyOf(row)));
    if (fresh.length > 0) await announceIndexWrite(db, { added: firstReading ? [] : added, changed: rewritten });
  }
  if (changed.length > 0) forgetIndexReads(db);
  return changed;
}

/**
 * The live read of one order (its page, an action's re-read) goes into the index at once, so the list shows
 * what the order page shows. A failure here never fails the page: the next sync writes it anyway.
 */
export async function indexLiveOrder(db: Db, order: Order): Promise<void> {
  await writeOrders(db, [order]).catch((error: unknown) => logError("orders: indexing a live read failed", error));
}

/** The platform answered that it has no such order: the index marks it vanished (the list stops showing it). */
export async function markOrderVanished(db: Db, connectionId: string, orderId: string): Promise<void> {
  await db
    .update(orderIndex)
    .set({ vanishedAt: new Date() })
    .where(
      and(eq(orderIndex.connectionId, connectionId), eq(orderIndex.orderId, orderId), isNull(orderIndex.vanishedAt)),
    )
    .then(() => forgetIndexReads(db))
    .catch((error: unknown) => logError("orders: marking an order vanished failed", error));
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function byConnection(rows: readonly IndexRow[]): Map<string, IndexRow[]> {
  const groups = new Map<string, IndexRow[]>();
  for (const row of rows) groups.set(row.connectionId, [...(groups.get(row.connectionId) ?? []), row]);
  return groups;
}
