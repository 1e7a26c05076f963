// Orders waiting too long: still pending or processing longer after they were placed than their connection's
// `attentionHours` option allows (DEFAULT_ATTENTION_HOURS without one). Per connection how many, with the cut-off
// instant the order list can filter by, and the longest-waiting few to link to.
import "server-only";
import { and, count, eq, gte, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connections, orderIndex, orderIndexCounts } from "../db/schema";
import type { Stage } from "../domain/order";
import { DEFAULT_ATTENTION_HOURS, type NeedsAttention } from "../domain/overview";

const WAITING: Stage[] = ["pending", "processing"];
const SHOWN = 5;

type Waiting = NeedsAttention["waiting"];
type Cutoff = Omit<Waiting["perConnection"][number], "orders">;

/** The connection's own threshold in hours when its options hold a positive number, else the default. */
function thresholdHours(options: Record<string, unknown>): number {
  const own = Number(options.attentionHours);
  return Number.isFinite(own) && own > 0 ? own : DEFAULT_ATTENTION_HOURS;
}

/** Per connection, an order placed before this instant has waited too long. */
async function cutoffs(db: Db, now: Date): Promise<Cutoff[]> {
  const rows = await db
    .select({ connectionId: connections.id, connectionName: connections.name, options: connections.options })
    .from(connections)
    .orderBy(connections.name);
  return rows.map(({ options, ...row }) => {
    const hours = thresholdHours(options);
    return { ...row, hours, placedBefore: new Date(now.getTime() - hours * 3_600_000).toISOString() };
  });
}

/** Each connection's orders placed since its own cut-off, as constant bounds the planner can estimate. */
const sinceCutoff = (list: readonly Cutoff[]) =>
  or(
    ...list.map((c) =>
      and(eq(orderIndex.connectionId, c.connectionId), gte(orderIndex.placedAt, new Date(c.placedBefore))),
    ),
  );

/** Written as order_index_open_idx's own condition, so the planner reads that index. */
const open = sql`${orderIndex.vanishedAt} is null and ${orderIndex.stage} in ('pending', 'processing')`;

/**
 * How many wait, per connection: all its pending and processing orders (order_index_counts, kept by triggers)
 * less those placed since its cut-off (a short range of order_index_open_idx), so the count never walks
 * every open order. The longest-waiting few are read only when some wait.
 */
export async function waitingOrders(db: Db, now: Date): Promise<Waiting> {
  const list = await cutoffs(db, now);
  if (list.length === 0) return { total: 0, perConnection: [], oldest: [] };
  const [kept, recent] = await Promise.all([
    db
      .select({ connectionId: orderIndexCounts.connectionId, n: sql<number>`sum(${orderIndexCounts.n})::int` })
      .from(orderIndexCounts)
      .where(inArray(orderIndexCounts.stage, WAITING))
      .groupBy(orderIndexCounts.connectionId),
    db
      .select({ connectionId: orderIndex.connectionId, n: count() })
      .from(orderIndex)
      .where(and(open, sinceCutoff(list)))
      .groupBy(orderIndex.connectionId),
  ]);
  const keptBy = new Map(kept.map((row) => [row.connectionId, row.n]));
  const recentBy = new Map(recent.map((row) => [row.connectionId, row.n]));
  const perConnection = list
    .map((c) => ({ ...c, orders: (keptBy.get(c.connectionId) ?? 0) - (recentBy.get(c.connectionId) ?? 0) }))
    .filter((c) => c.orders > 0);
  const total = perConnection.reduce((sum, c) => sum + c.orders, 0);
  return { total, perConnection, oldest: total > 0 ? await longestWaiting(db, perConnection) : [] };
}

/**
 * The orders waiting longest, of the connections that have some: each connection's oldest few (a short ordered
 * read of order_index_open_idx, whatever the planner knows of the table), then the oldest of those.
 */
async function longestWaiting(db: Db, list: readonly Cutoff[]): Promise<Waiting["oldest"]> {
  const oldestOf = (c: Cutoff) => {
    const waiting = sql`${open} and ${orderIndex.connectionId} = ${c.connectionId}
      and ${orderIndex.placedAt} < ${c.placedBefore}::timestamptz`;
    return sql`(select connection_id::text, order_id, number, stage, placed_at from ${orderIndex}
      where ${waiting} order by ${orderIndex.placedAt}, ${orderIndex.orderId} limit ${SHOWN})`;
  };
  const result = await db.execute(sql`select * from (${sql.join(list.map(oldestOf), sql` union all `)}) oldest
    order by placed_at, connection_id, order_id limit ${SHOWN}`);
  const names = new Map(list.map((c) => [c.connectionId, c.connectionName]));
  const rows = (result as unknown as { rows: OldestRow[] }).rows;
  return rows.map((row) => ({
    connectionId: row.connection_id,
    connectionName: names.get(row.connection_id) ?? "",
    orderId: row.order_id,
    number: row.number,
    stage: row.stage as Stage,
    placedAt: new Date(row.placed_at).toISOString(),
  }));
}

interface OldestRow {
  connection_id: string;
  order_id: string;
  number: string;
  stage: string;
  placed_at: string | Date;
}
