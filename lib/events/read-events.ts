// Reading events back from the table, in id order.
import "server-only";
import { and, asc, gt, lte, max, min } from "drizzle-orm";
import type { Db } from "../db";
import { liveEvents } from "../db/schema";
import type { LiveMessage } from "./message";

export async function readEvents(
  db: Db,
  after: number,
  options: { upTo?: number; limit: number },
): Promise<LiveMessage[]> {
  const rows = await db
    .select({ id: liveEvents.id, event: liveEvents.payload })
    .from(liveEvents)
    .where(
      options.upTo === undefined
        ? gt(liveEvents.id, after)
        : and(gt(liveEvents.id, after), lte(liveEvents.id, options.upTo)),
    )
    .orderBy(asc(liveEvents.id))
    .limit(options.limit);
  return rows;
}

/** The oldest and newest kept ids (null when the table is empty). */
export async function keptRange(db: Db): Promise<{ oldest: number | null; newest: number | null }> {
  const [row] = await db.select({ oldest: min(liveEvents.id), newest: max(liveEvents.id) }).from(liveEvents);
  return { oldest: row?.oldest ?? null, newest: row?.newest ?? null };
}
