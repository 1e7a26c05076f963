// The SQL the overview's figures share. A period's orders are first grouped as finely as any figure needs (per
// key and stage: how many, their exact sum, their largest scale; mostly from the hourly roll-up, so the cost
// follows the hours rather than the orders), then those few groups are rolled up into
// figures: orders, cancelled, returned, and the sales' revenue and average order value (sales leave out what
// was cancelled or returned), summed and divided in PostgreSQL's numeric and read back as text.
import "server-only";
import { and, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex, orderIndexHours } from "../db/schema";
import type { CurrencyFigures, HeadlineFigures } from "../domain/overview";
import type { HourSplit, Span } from "./hour-split";

export const instant = (iso: string) => sql`${iso}::timestamptz`;

/** Orders still on the platform (not vanished), placed in one of `spans`. */
function placedIn(spans: readonly Span[]): SQL | undefined {
  const within = spans.map(
    ({ from, to }) => sql`(${orderIndex.placedAt} >= ${instant(from)} and ${orderIndex.placedAt} < ${instant(to)})`,
  );
  return and(isNull(orderIndex.vanishedAt), or(...within));
}

/**
 * A figure's keys, given the column of the instant its rows stand for (the roll-up's hour, or the order's
 * placing); each `expression as name`. connection_id and currency are read as both tables name them.
 */
export type Keys = (at: SQL) => SQL[];

const positionsOf = (keys: readonly SQL[]) =>
  sql.raw(Array.from({ length: keys.length + 1 }, (_, i) => i + 1).join(", "));

/**
 * `grouped`: the period's orders per keys and stage (how many, their exact sum, their largest scale), from the
 * hourly roll-up where whole hours allow and from the orders for the rest (hour-split.ts).
 */
function grouped(split: HourSplit, keys: Keys): SQL {
  const parts: SQL[] = [];
  if (split.hours) {
    const own = keys(sql`${orderIndexHours.hour}`);
    const cut = split.cutHours.length
      ? sql`and ${orderIndexHours.hour} not in (${sql.join(split.cutHours.map(instant), sql`, `)})`
      : sql``;
    parts.push(sql`select ${sql.join(own, sql`, `)}, ${orderIndexHours.stage} as stage, sum(${orderIndexHours.n}) as n,
        sum(${orderIndexHours.total}) as total, max(${orderIndexHours.scale}) as scale
      from ${orderIndexHours}
      where ${orderIndexHours.hour} >= ${instant(split.hours.from)} and ${orderIndexHours.hour} < ${instant(split.hours.to)}
        and ${orderIndexHours.n} > 0 ${cut}
      group by ${positionsOf(own)}`);
  }
  if (split.slivers.length) {
    const own = keys(sql`${orderIndex.placedAt}`);
    parts.push(sql`select ${sql.join(own, sql`, `)}, ${orderIndex.stage} as stage, count(*) as n,
        sum(${orderIndex.total}) as total, max(scale(${orderIndex.total})) as scale
      from ${orderIndex} where ${placedIn(split.slivers)} group by ${positionsOf(own)}`);
  }
  return sql`grouped as (${sql.join(parts, sql` union all `)})`;
}

const SALE = "stage not in ('cancelled', 'returned')";

/** The figures of a group of `grouped` rows; the average keeps at least cents, more if the totals have more. */
const ROLLUP = sql.raw(`sum(n)::int as orders,
  coalesce(sum(n) filter (where stage = 'cancelled'), 0)::int as cancelled,
  coalesce(sum(n) filter (where stage = 'returned'), 0)::int as returned,
  coalesce(sum(total) filter (where ${SALE}), 0)::text as revenue,
  round(sum(total) filter (where ${SALE}) / nullif(sum(n) filter (where ${SALE}), 0),
    greatest(max(scale) filter (where ${SALE}), 2))::text
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
export async function rolledUp<Row>(db: Db, split: HourSplit, keys: Keys, columns: string, by: string) {
  const result = await db.execute(
    sql`with ${grouped(split, keys)} select ${sql.raw(columns)}, ${ROLLUP} from grouped group by ${sql.raw(by)}`,
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
