// The range's orders per stage, every stage in the workflow's order (pending → … → exception), none left out.
import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "../db";
import { orderIndex } from "../db/schema";
import { STAGES, type Stage } from "../domain/order";
import type { OverviewPeriod } from "../domain/overview";
import { placedIn } from "./placed-in";

export async function ordersByStage(db: Db, period: OverviewPeriod): Promise<{ stage: Stage; orders: number }[]> {
  const rows = await db
    .select({ stage: orderIndex.stage, orders: count() })
    .from(orderIndex)
    .where(placedIn(period))
    .groupBy(orderIndex.stage);
  const counted = new Map(rows.map((row) => [row.stage, row.orders]));
  return STAGES.map((stage) => ({ stage, orders: counted.get(stage) ?? 0 }));
}
