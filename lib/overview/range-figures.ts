// Everything the range itself shows, from one reading of its orders: per day in the caller's zone the orders of
// each connection and the revenue of each currency, the orders per stage, and the headline figures per currency
// (grouping sets over the grouped orders). Days without orders are filled with none; every stage is listed, in
// the workflow's order.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db";
import { STAGES } from "../domain/order";
import type { HeadlineFigures, Overview, OverviewDay, OverviewPeriod } from "../domain/overview";
import { headline, rolledUp } from "./figures-sql";
import { splitAtHours } from "./hour-split";

type RangeFigures = Pick<Overview, "ordersPerDay" | "revenuePerDay" | "stages"> & { figures: HeadlineFigures };

/** A row of one grouping set: the columns the set leaves out are null (no order has a null key). */
interface Row {
  day: string | null;
  connection_id: string | null;
  currency: string | null;
  stage: string | null;
}

export async function rangeFigures(
  db: Db,
  period: OverviewPeriod,
  days: readonly OverviewDay[],
  timeZone: string,
): Promise<RangeFigures> {
  const keys = (at: SQL) => [
    sql`(date_trunc('day', ${at} at time zone ${timeZone}))::date::text as day`,
    sql`connection_id::text as connection_id`,
    sql`currency`,
  ];
  const sets = "grouping sets ((day, connection_id), (day, currency), (stage), (currency))";
  const split = splitAtHours(
    period,
    days.map((day) => day.from),
  );
  const rows = await rolledUp<Row>(db, split, keys, "day, connection_id, currency, stage", sets);
  const ordersPerDay = new Map(days.map(({ day }) => [day, { day, connections: {} as Record<string, number> }]));
  const revenuePerDay = new Map(days.map(({ day }) => [day, { day, currencies: {} as Record<string, string> }]));
  const perStage = new Map<string, number>();
  const perCurrency = [];
  for (const row of rows) {
    if (row.day === null && row.currency !== null) perCurrency.push({ ...row, currency: row.currency });
    else if (row.stage !== null) perStage.set(row.stage, row.orders);
    else if (row.day !== null && row.connection_id !== null) {
      const entry = ordersPerDay.get(row.day);
      if (entry) entry.connections[row.connection_id] = row.orders;
    } else if (row.day !== null && row.currency !== null) {
      const entry = revenuePerDay.get(row.day);
      if (entry) entry.currencies[row.currency] = row.revenue;
    }
  }
  return {
    figures: headline(perCurrency),
    ordersPerDay: [...ordersPerDay.values()],
    revenuePerDay: [...revenuePerDay.values()],
    stages: STAGES.map((stage) => ({ stage, orders: perStage.get(stage) ?? 0 })),
  };
}
