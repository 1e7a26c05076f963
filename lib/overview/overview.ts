// GET /api/overview's answer: the range's periods, then every figure read at once (each query is its own file).
import "server-only";
import type { Db } from "../db";
import { connections } from "../db/schema";
import type { Overview } from "../domain/overview";
import type { OverviewQuery } from "../domain/overview-query";
import { failedActions } from "./failed-actions";
import { failingConnections } from "./failing-connections";
import { periodFigures } from "./period-figures";
import { overviewPeriods } from "./periods";
import { rangeFigures } from "./range-figures";
import { waitingOrders } from "./waiting";

export async function readOverview(db: Db, query: OverviewQuery, now = new Date()): Promise<Overview> {
  const { current, previous, days } = overviewPeriods(query, now);
  const [range, previousFigures, named, waiting, failed, failing] = await Promise.all([
    rangeFigures(db, current, days, query.tz),
    periodFigures(db, previous),
    db
      .select({ id: connections.id, name: connections.name, platform: connections.platform })
      .from(connections)
      .orderBy(connections.name),
    waitingOrders(db, now),
    failedActions(db, now),
    failingConnections(db),
  ]);
  const { figures, ...daily } = range;
  return {
    timeZone: query.tz,
    range: query.range,
    current,
    previous,
    figures: { current: figures, previous: previousFigures },
    connections: named,
    days,
    ...daily,
    attention: { waiting, failedActions: failed, connections: failing },
  };
}
