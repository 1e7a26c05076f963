// Counts for the current filter, from the order index: in all, per stage and per connection (each facet
// counted without its own filter, so a tab or a checkbox shows what choosing it would give). With no filter
// but shops and stages, the counts come from order_index_counts (kept by triggers), not from counting rows.
import "server-only";
import { count, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex, orderIndexCounts } from "../db/schema";
import type { Stage } from "../domain/order";
import type { OrderCounts } from "../domain/order-list";
import type { OrderListQuery } from "../domain/query";
import { indexFilters } from "./index-filters";
import { remembered } from "./list-memo";

type Tally = { stage: string; connectionId: string; n: number }[];

/** Only the shop and stage filters are in use: the kept counts answer exactly. */
const keptCountsSuffice = (query: OrderListQuery) =>
  !query.q &&
  !query.from &&
  !query.to &&
  !query.minTotal &&
  !query.maxTotal &&
  !query.currency &&
  !query.erp &&
  query.status.length === 0;

async function keptCounts(db: Db): Promise<Tally> {
  return (await db.select().from(orderIndexCounts)).map((row) => ({ ...row, n: Number(row.n) }));
}

/**
 * Per stage (without the stage filter) and per connection (without the connection and status filters) in one
 * pass over the rows when both facets see the same rows, else in two.
 */
async function countedRows(db: Db, query: OrderListQuery) {
  const stages: Record<string, number> = {};
  const connections: Record<string, number> = {};
  const sameRows = query.stage.length === 0 && query.connection.length === 0 && query.status.length === 0;
  if (sameRows) {
    const rows = await db
      .select({ stage: orderIndex.stage, connectionId: orderIndex.connectionId, n: count() })
      .from(orderIndex)
      .where(indexFilters(query))
      .groupBy(sql`grouping sets ((${orderIndex.stage}), (${orderIndex.connectionId}))`);
    for (const row of rows) {
      if (row.stage !== null) stages[row.stage] = row.n;
      else if (row.connectionId !== null) connections[row.connectionId] = row.n;
    }
    return { stages, connections };
  }
  const [byStage, byConnection] = await Promise.all([
    db
      .select({ key: orderIndex.stage, n: count() })
      .from(orderIndex)
      .where(indexFilters(query, ["stage"]))
      .groupBy(orderIndex.stage),
    db
      .select({ key: orderIndex.connectionId, n: count() })
      .from(orderIndex)
      .where(indexFilters(query, ["connection", "status"]))
      .groupBy(orderIndex.connectionId),
  ]);
  for (const row of byStage) stages[row.key] = row.n;
  for (const row of byConnection) connections[row.key] = row.n;
  return { stages, connections };
}

/** Identical requests within a second share one count (list-memo.ts). */
export function countIndexedOrders(db: Db, query: OrderListQuery, fresh = false): Promise<OrderCounts> {
  return remembered(db, `counts ${JSON.stringify(query)}`, () => readCounts(db, query), fresh);
}

async function readCounts(db: Db, query: OrderListQuery): Promise<OrderCounts> {
  if (keptCountsSuffice(query)) {
    const tally = await keptCounts(db);
    const inShops = (row: Tally[number]) =>
      query.connection.length === 0 || query.connection.includes(row.connectionId);
    const inStages = (row: Tally[number]) => query.stage.length === 0 || query.stage.includes(row.stage as Stage);
    const add = (rows: Tally, key: "stage" | "connectionId") => {
      const sums: Record<string, number> = {};
      for (const row of rows) sums[row[key]] = (sums[row[key]] ?? 0) + row.n;
      return sums;
    };
    return {
      total: tally.filter((row) => inShops(row) && inStages(row)).reduce((n, row) => n + row.n, 0),
      stages: add(tally.filter(inShops), "stage"),
      connections: add(tally.filter(inStages), "connectionId"),
    };
  }
  const { stages, connections } = await countedRows(db, query);
  // The total is the stage counts of the chosen stages (the same rows, so no third count).
  const chosen = query.stage.length > 0 ? query.stage : Object.keys(stages);
  return { total: chosen.reduce((n, stage) => n + (stages[stage] ?? 0), 0), stages, connections };
}
