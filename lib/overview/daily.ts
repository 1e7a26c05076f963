// The range day by day in the caller's time zone: orders per connection (the stacked bars) and revenue per
// currency (sales only, summed in numeric), in one grouping-sets pass. Days without orders are filled with none.
import "server-only";
import { count, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { Overview, OverviewDay, OverviewPeriod } from "../domain/overview";
import { placedIn, salesRevenue } from "./placed-in";

type Daily = Pick<Overview, "ordersPerDay" | "revenuePerDay">;

export async function dailyFigures(
  db: Db,
  period: OverviewPeriod,
  days: readonly OverviewDay[],
  timeZone: string,
): Promise<Daily> {
  const rows = await db
    .select({
      day: sql<string>`(date_trunc('day', ${orderIndex.placedAt} at time zone ${timeZone}))::date::text`,
      connectionId: orderIndex.connectionId,
      currency: orderIndex.currency,
      orders: count(),
      revenue: salesRevenue,
    })
    .from(orderIndex)
    .where(placedIn(period))
    .groupBy(sql`grouping sets ((1, ${orderIndex.connectionId}), (1, ${orderIndex.currency}))`);
  const ordersPerDay = new Map(days.map(({ day }) => [day, { day, connections: {} as Record<string, number> }]));
  const revenuePerDay = new Map(days.map(({ day }) => [day, { day, currencies: {} as Record<string, string> }]));
  for (const row of rows) {
    if (row.connectionId !== null) {
      const entry = ordersPerDay.get(row.day);
      if (entry) entry.connections[row.connectionId] = row.orders;
    } else if (row.currency !== null) {
      const entry = revenuePerDay.get(row.day);
      if (entry) entry.currencies[row.currency] = row.revenue;
    }
  }
  return { ordersPerDay: [...ordersPerDay.values()], revenuePerDay: [...revenuePerDay.values()] };
}
