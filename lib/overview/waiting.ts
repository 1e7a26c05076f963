// Orders waiting too long: still pending or processing longer after they were placed than their connection's
// `attentionHours` option allows (DEFAULT_ATTENTION_HOURS without one). Per connection how many, with the cut-off
// instant the order list can filter by, and the longest-waiting few to link to.
import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connections, orderIndex } from "../db/schema";
import { STAGES, type Stage } from "../domain/order";
import { DEFAULT_ATTENTION_HOURS, type NeedsAttention } from "../domain/overview";
import { instant } from "./placed-in";

const WAITING: Stage[] = ["pending", "processing"];
const SHOWN = 5;

/** The connection's own threshold in hours when its options hold a positive number, else the default. */
const thresholdHours = sql<number>`coalesce(
  case when jsonb_typeof(${connections.options}->'attentionHours') = 'number'
    and (${connections.options}->>'attentionHours')::numeric > 0
  then (${connections.options}->>'attentionHours')::float8 end,
  ${DEFAULT_ATTENTION_HOURS}::float8
)`;

export async function waitingOrders(db: Db, now: Date): Promise<NeedsAttention["waiting"]> {
  const placedBefore = sql`${instant(now.toISOString())} - make_interval(secs => ${thresholdHours} * 3600)`;
  const waiting = and(
    isNull(orderIndex.vanishedAt),
    // The rank leads the status index; the stage names say the same for the reader.
    inArray(
      orderIndex.stageRank,
      WAITING.map((stage) => STAGES.indexOf(stage)),
    ),
    inArray(orderIndex.stage, WAITING),
    sql`${orderIndex.placedAt} < ${placedBefore}`,
  );
  const [counts, oldest] = await Promise.all([
    db
      .select({
        connectionId: connections.id,
        connectionName: connections.name,
        hours: thresholdHours,
        placedBefore: sql<string>`(extract(epoch from ${placedBefore}) * 1000)::float8`.mapWith((ms: number | string) =>
          new Date(Number(ms)).toISOString(),
        ),
        orders: count(),
      })
      .from(orderIndex)
      .innerJoin(connections, eq(connections.id, orderIndex.connectionId))
      .where(waiting)
      .groupBy(connections.id)
      .orderBy(connections.name),
    db
      .select({
        connectionId: orderIndex.connectionId,
        connectionName: connections.name,
        orderId: orderIndex.orderId,
        number: orderIndex.number,
        stage: orderIndex.stage,
        placedAt: orderIndex.placedAt,
      })
      .from(orderIndex)
      .innerJoin(connections, eq(connections.id, orderIndex.connectionId))
      .where(waiting)
      .orderBy(asc(orderIndex.placedAt), orderIndex.connectionId, orderIndex.orderId)
      .limit(SHOWN),
  ]);
  return {
    total: counts.reduce((sum, row) => sum + row.orders, 0),
    perConnection: counts.map((row) => ({ ...row, hours: Number(row.hours) })),
    oldest: oldest.map((row) => ({ ...row, stage: row.stage as Stage, placedAt: row.placedAt.toISOString() })),
  };
}
