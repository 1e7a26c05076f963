// One period's headline figures (the range's own come with its days, range-figures.ts): orders, cancelled and
// returned, and per currency the sales' revenue and average order value.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";
import type { HeadlineFigures, OverviewPeriod } from "../domain/overview";
import { headline, rolledUp } from "./figures-sql";
import { splitAtHours } from "./hour-split";

export async function periodFigures(db: Db, period: OverviewPeriod): Promise<HeadlineFigures> {
  const currency = () => [sql`currency`];
  const rows = await rolledUp<{ currency: string }>(db, splitAtHours(period), currency, "currency", "currency");
  return headline(rows);
}
