// The SQL the overview's queries share: the listed orders placed within a period, and which orders count as
// sales (revenue and average order value leave out what was cancelled or returned).
import "server-only";
import { and, isNull, type SQL, sql } from "drizzle-orm";
import { orderIndex } from "../db/schema";
import type { OverviewPeriod } from "../domain/overview";

export const instant = (iso: string) => sql`${iso}::timestamptz`;

/** Orders still on the platform (not vanished), placed in [from, to). */
export function placedIn(period: Pick<OverviewPeriod, "from" | "to">): SQL | undefined {
  return and(
    isNull(orderIndex.vanishedAt),
    sql`${orderIndex.placedAt} >= ${instant(period.from)}`,
    sql`${orderIndex.placedAt} < ${instant(period.to)}`,
  );
}

/** An order that counts as a sale. */
export const isSale = sql`${orderIndex.stage} not in ('cancelled', 'returned')`;

/** The sales' totals summed exactly (PostgreSQL numeric), as text; "0" without any. */
export const salesRevenue = sql<string>`coalesce(sum(${orderIndex.total}) filter (where ${isSale}), 0)::text`;
