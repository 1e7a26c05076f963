// The unified order list, read from the order index: one query for a page in any sort across every
// connection, with the same filters on every platform. Each connection's sync state rides along, so the list
// can say how fresh each shop's orders are (and which are still being imported).
import "server-only";
import { and, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import { type JsonText, toJsonText } from "../domain/api-routes";
import type { OrderSummary } from "../domain/order";
import type { OrderListPage } from "../domain/order-list";
import type { OrderListQuery } from "../domain/query";
import { indexFilters } from "./index-filters";
import { after, decodeIndexCursor, encodeIndexCursor, keyColumns, orderBy, sortPlan } from "./index-sort";
import { remembered } from "./list-memo";
import { syncInfo } from "./sync-info";

/** A page of the list; identical requests within a second share one read (list-memo.ts) unless `fresh`. */
export function listIndexedOrders(db: Db, query: OrderListQuery, fresh = false): Promise<OrderListPage> {
  return remembered(db, JSON.stringify(query), () => readPage(db, query), fresh);
}

/** The same page as the API sends it: identical requests within a second share its JSON text too. */
export function listIndexedOrdersJson(db: Db, query: OrderListQuery, fresh = false): Promise<JsonText<OrderListPage>> {
  const read = async () => toJsonText(await listIndexedOrders(db, query, fresh));
  return remembered(db, `json ${JSON.stringify(query)}`, read, fresh);
}

async function readPage(db: Db, query: OrderListQuery): Promise<OrderListPage> {
  const plan = sortPlan(query.sort);
  const where = and(
    indexFilters(query),
    query.cursor ? after(plan, decodeIndexCursor(query.cursor, query.sort, plan)) : undefined,
  );
  // One row more than the page tells whether another page follows.
  const rows = await db
    .select({ summary: orderIndex.summary, keys: sql<string[]>`${keyColumns(plan)}` })
    .from(orderIndex)
    .where(where)
    .orderBy(orderBy(plan))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { sync, unreadable } = await syncInfo(db, query.connection);
  return {
    orders: page.map((row) => row.summary as OrderSummary),
    nextCursor: rows.length > query.limit && last ? encodeIndexCursor(query.sort, last.keys) : null,
    errors: [],
    unreadable,
    filteredHere: [],
    sync,
  };
}
