// The SQL the overview's figures share. A period's orders are first grouped as finely as any figure needs (per
// key and stage: how many, their exact sum, their largest scale), then those few groups are rolled up into
// figures: orders, cancelled, returned, and the sales' revenue and average order value (sales leave out what
// was cancelled or returned), summed and divided in PostgreSQL's numeric and read back as text.
import "server-only";
import { and, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { CurrencyFigures, HeadlineFigures, OverviewPeriod } from "../domain/overview";

export const instant = (iso: string) => sql`${iso}::timestamptz`;

/** Orders still on the platform (not vanished), placed in [from, to). */
export function placedIn(period: Pick<OverviewPeriod, "from" | "to">): SQL | undefined {
  return and(
    isNull(orderIndex.vanishedAt),
    sql`${orderIndex.placedAt} >= ${instant(period.from)}`,
    sql`${orderIndex.placedAt} < ${instant(period.to)}`,
  );
}

/** `grouped`: the period's orders per keys (each `expression as name`) and stage. */
function grouped(period: OverviewPeriod, keys: readonly SQL[]): SQL {
  const positions = sql.raw(Array.from({ length: keys.length + 1 }, (_, i) => i + 1).join(", "));
  return sql`grouped as (
    select ${sql.join([...keys], sql`, `)}, ${orderIndex.stage} as stage, count(*) as n,
           sum(${orderIndex.total}) as total, max(scale(${orderIndex.total})) as scale
      from ${orderIndex} where ${placedIn(period)} group by ${positions})`;
}

const SALE = "stage not in ('cancelled', 'returned')";

/** The figures of a group of `grouped` rows; the average keeps at least cents, more if the totals have more. */
const ROLLUP = sql.raw(`sum(n)::int as orders,
  coalesce(sum(n) filter (where stage = 'cancelled'), 0)::int as cancelled,
  coalesce(sum(n) filter (where stage = 'returned'), 0)::int as returned,
  coalesce(sum(total) filter (where ${SALE}), 0)::text as revenue,
  round(sum(total) filter (where ${SALE}) / nullif(sum(n) filter (where ${SALE}), 0), greatest(max(scale), 2))::text
    as average_order_value`);

export interface RolledUp {
  orders: number;
  cancelled: number;
  returned: number;
  revenue: string;
  average_order_value: string | null;
}

/**
 * Groups the period's orders by `keys` (and stage), then rolls the groups up: `columns` (names of the keys, or
 * stage) by `by` (a GROUP BY over them, e.g. grouping sets), each row with its figures.
 */
export async function rolledUp<Row>(db: Db, period: OverviewPeriod, keys: readonly SQL[], columns: string, by: string) {
  const result = await db.execute(
    sql`with ${grouped(period, keys)} select ${sql.raw(columns)}, ${ROLLUP} from grouped group by ${sql.raw(by)}`,
  );
  return (result as unknown as { rows: (Row & RolledUp)[] }).rows;
}

/** Per-currency figures → a period's headline figures, the currencies with the most orders first. */
export function headline(rows: readonly (RolledUp & { currency: string })[]): HeadlineFigures {
  const currencies: CurrencyFigures[] = [...rows]
    .sort((a, b) => b.orders - a.orders || a.currency.localeCompare(b.currency))
    .map((row) => ({
      currency: row.currency,
      orders: row.orders,
      revenue: row.revenue,
      averageOrderValue: row.average_order_value,
    }));
  return {
    orders: rows.reduce((n, row) => n + row.orders, 0),
    cancelled: rows.reduce((n, row) => n + row.cancelled, 0),
    returned: rows.reduce((n, row) => n + row.returned, 0),
    currencies,
  };
}
