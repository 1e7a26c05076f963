// One period's headline figures (the range's own come with its days, range-figures.ts): orders, cancelled and
// returned, and per currency the sales' revenue and average order value.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import type { HeadlineFigures, OverviewPeriod } from "../domain/overview";
import { headline, rolledUp } from "./figures-sql";

export async function periodFigures(db: Db, period: OverviewPeriod): Promise<HeadlineFigures> {
  const rows = await rolledUp<{ currency: string }>(
    db,
    period,
    [sql`${orderIndex.currency} as currency`],
    "currency",
    "currency",
  );
  return headline(rows);
}
