// The query planner's statistics of the order index and its hourly roll-up. PostgreSQL servers refresh them by themselves
// (autovacuum); the embedded PGlite never does, and without them a filter on 250,000 orders is planned as a
// full scan (a page filtered by stage: 230 ms instead of 5 ms). The sync refreshes them after a full reading
// and, while one is under way, every few minutes as the table grows.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";

const EVERY_MS = 3 * 60_000;
const lastRun = new WeakMap<Db, number>();

export async function refreshPlannerStatistics(db: Db): Promise<void> {
  lastRun.set(db, Date.now());
  await db.execute(sql`analyze order_index, order_index_hours`);
}

/** During a backfill: at most every few minutes. */
export async function refreshPlannerStatisticsWhenDue(db: Db): Promise<void> {
  if (Date.now() - (lastRun.get(db) ?? 0) >= EVERY_MS) await refreshPlannerStatistics(db);
}
