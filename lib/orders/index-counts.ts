// Counts for the current filter, from the order index: in all, per stage and per connection (each facet
// counted without its own filter, so a tab or a checkbox shows what choosing it would give).
import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { Stage } from "../domain/order";
import type { OrderCounts } from "../domain/order-list";
import type { OrderListQuery } from "../domain/query";
import { indexFilters } from "./index-filters";

export async function countIndexedOrders(db: Db, query: OrderListQuery): Promise<OrderCounts> {
  const [totals, stages, connections] = await Promise.all([
    db.select({ n: count() }).from(orderIndex).where(indexFilters(query)),
    db
      .select({ stage: orderIndex.stage, n: count() })
      .from(orderIndex)
      .where(indexFilters(query, ["stage"]))
      .groupBy(orderIndex.stage),
    db
      .select({ connectionId: orderIndex.connectionId, n: count() })
      .from(orderIndex)
      .where(indexFilters(query, ["connection", "status"]))
      .groupBy(orderIndex.connectionId),
  ]);
  return {
    total: totals[0]?.n ?? 0,
    stages: Object.fromEntries(stages.map((row) => [row.stage as Stage, row.n])),
    connections: Object.fromEntries(connections.map((row) => [row.connectionId, row.n])),
  };
}
