// The unified order list, read from the order index: one query for a page in any sort across every
// connection, with the same filters on every platform. Each connection's sync state rides along, so the list
// can say how fresh each shop's orders are (and which are still being imported).
import "server-only";
import { and, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { OrderSummary } from "../domain/order";
import type { OrderListPage } from "../domain/order-list";
import type { OrderListQuery } from "../domain/query";
import { listConnectionRows } from "./connections";
import { indexFilters } from "./index-filters";
import { after, decodeIndexCursor, encodeIndexCursor, keyColumns, orderBy, sortPlan } from "./index-sort";
import { syncInfo } from "./sync-info";

export async function listIndexedOrders(db: Db, query: OrderListQuery): Promise<OrderListPage> {
  const connections = await listConnectionRows(db);
  const plan = sortPlan(query.sort, connections);
  const where = and(indexFilters(query), query.cursor ? after(plan, decodeIndexCursor(query.cursor, query.sort, plan)) : undefined);
  // One row more than the page tells whether another page follows.
  const rows = await db
    .select({ summary: orderIndex.summary, keys: sql<string[]>`${keyColumns(plan)}` })
    .from(orderIndex)
    .where(where)
    .orderBy(orderBy(plan))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { sync, unreadable } = await syncInfo(db, connections, query.connection);
  return {
    orders: page.map((row) => row.summary as OrderSummary),
    nextCursor: rows.length > query.limit && last ? encodeIndexCursor(query.sort, last.keys) : null,
    errors: [],
    unreadable,
    filteredHere: [],
    sync,
  };
}
