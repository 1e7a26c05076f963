// What an index write tells the live streams: one `orders` event per connection, with the orders it added and
// changed (at most LIVE_REFS_PER_EVENT of each, and how many there were). A ref's version is the row's hash,
// which is OrderDetail.version of the same order: a page tells its own re-read from a change made elsewhere.
import "server-only";
import type { Db } from "../db";
import { logError } from "../db/log-error";
import type { Stage } from "../domain/order";
import { LIVE_REFS_PER_EVENT, type LiveOrderRef } from "../domain/live-events";
import { publishLiveEvent } from "../events/publish";
import type { IndexRow } from "./index-row";

export interface IndexWriteNews {
  /** Rows the index did not have. */
  added: readonly IndexRow[];
  /** Rows it had, now different (or back from vanished). */
  changed: readonly IndexRow[];
}

function refOf(row: IndexRow): LiveOrderRef {
  return {
    connectionId: row.connectionId,
    orderId: row.orderId,
    number: row.number,
    placedAt: row.placedAt.toISOString(),
    stage: row.stage as Stage,
    statusLabel: row.statusLabel,
    customerName: row.customerName ?? null,
    total: { amount: row.total, currency: row.currency },
    version: row.hash,
  };
}

type Grouped = Map<string, { added: IndexRow[]; changed: IndexRow[] }>;

function byConnection(rows: readonly IndexRow[], into: Grouped, key: keyof IndexWriteNews) {
  for (const row of rows) {
    const news = into.get(row.connectionId) ?? { added: [], changed: [] };
    news[key].push(row);
    into.set(row.connectionId, news);
  }
}

/** Publishes the write's news. Never throws: the write has happened, whatever becomes of its news. */
export async function announceIndexWrite(db: Db, news: IndexWriteNews, at = new Date()): Promise<void> {
  try {
    const perConnection: Grouped = new Map();
    byConnection(news.added, perConnection, "added");
    byConnection(news.changed, perConnection, "changed");
    for (const [connectionId, { added, changed }] of perConnection) {
      await publishLiveEvent(db, {
        type: "orders",
        at: at.toISOString(),
        connectionId,
        added: added.slice(0, LIVE_REFS_PER_EVENT).map(refOf),
        addedCount: added.length,
        changed: changed.slice(0, LIVE_REFS_PER_EVENT).map(refOf),
        changedCount: changed.length,
      });
    }
  } catch (error) {
    logError("orders: announcing an index write failed", error);
  }
}
