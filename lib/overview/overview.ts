// GET /api/overview's answer: the range's periods, then every figure read at once (each query is its own file).
import "server-only";
import type { Db } from "../db";
import { connections } from "../db/schema";
import type { Overview } from "../domain/overview";
import type { OverviewQuery } from "../domain/overview-query";
import { dailyFigures } from "./daily";
import { failedActions } from "./failed-actions";
import { failingConnections } from "./failing-connections";
import { headlineFigures } from "./headline";
import { overviewPeriods } from "./periods";
import { ordersByStage } from "./stages";
import { waitingOrders } from "./waiting";

export async function readOverview(db: Db, query: OverviewQuery, now = new Date()): Promise<Overview> {
  const { current, previous, days } = overviewPeriods(query, now);
  const [figures, daily, stages, named, waiting, failed, failing] = await Promise.all([
    headlineFigures(db, current, previous),
    dailyFigures(db, current, days, query.tz),
    ordersByStage(db, current),
    db
      .select({ id: connections.id, name: connections.name, platform: connections.platform })
      .from(connections)
      .orderBy(connections.name),
    waitingOrders(db, now),
    failedActions(db, now),
    failingConnections(db),
  ]);
  return {
    timeZone: query.tz,
    range: query.range,
    current,
    previous,
    figures,
    connections: named,
    days,
    ...daily,
    stages,
    attention: { waiting, failedActions: failed, connections: failing },
  };
}
