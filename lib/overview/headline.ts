// The headline figures of the range and of the period before it, in one pass over both: orders, cancelled and
// returned, and per currency the revenue and average order value, summed and divided in PostgreSQL's numeric.
import "server-only";
import { count, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { HeadlineFigures, OverviewPeriod } from "../domain/overview";
import { instant, isSale, placedIn, salesRevenue } from "./placed-in";

const none = (): HeadlineFigures => ({ orders: 0, cancelled: 0, returned: 0, currencies: [] });

/** The average keeps at least cents, more when the orders' totals have more decimals. */
const averageSale = sql<string | null>`round(
  sum(${orderIndex.total}) filter (where ${isSale}) / nullif(count(*) filter (where ${isSale}), 0),
  greatest(max(scale(${orderIndex.total})), 2)
)::text`;

export async function headlineFigures(
  db: Db,
  current: OverviewPeriod,
  previous: OverviewPeriod,
): Promise<{ current: HeadlineFigures; previous: HeadlineFigures }> {
  // The previous period ends where the current one starts, or earlier.
  const period = sql<
    "current" | "previous"
  >`case when ${orderIndex.placedAt} >= ${instant(current.from)} then 'current' else 'previous' end`;
  const rows = await db
    .select({
      period,
      currency: orderIndex.currency,
      orders: count(),
      cancelled: sql<number>`(count(*) filter (where ${orderIndex.stage} = 'cancelled'))::int`,
      returned: sql<number>`(count(*) filter (where ${orderIndex.stage} = 'returned'))::int`,
      revenue: salesRevenue,
      averageOrderValue: averageSale,
    })
    .from(orderIndex)
    .where(or(placedIn(current), placedIn(previous)))
    .groupBy(sql`1`, orderIndex.currency)
    .orderBy(sql`3 desc`, orderIndex.currency);
  const figures = { current: none(), previous: none() };
  for (const { period: which, currency, orders, cancelled, returned, revenue, averageOrderValue } of rows) {
    const into = figures[which];
    into.orders += orders;
    into.cancelled += cancelled;
    into.returned += returned;
    into.currencies.push({ currency, orders, revenue, averageOrderValue });
  }
  return figures;
}
