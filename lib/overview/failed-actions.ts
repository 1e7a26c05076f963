// Orders whose last action failed: per order, the latest attempt of the last days — a single action (audit log,
// "order.action") or a bulk job's item — and only when that attempt failed (a later success clears it).
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";
import { auditEvents, bulkJobItems, connections } from "../db/schema";
import type { FailedAction, NeedsAttention } from "../domain/overview";
import { instant } from "./figures-sql";

export const FAILED_ACTION_DAYS = 7;
const SHOWN = 5;

interface Row {
  connection_id: string;
  connection_name: string;
  order_id: string;
  number: string | null;
  action: string | null;
  message: string | null;
  at: Date | string;
  source: FailedAction["source"];
  total: number | string;
}

export async function failedActions(db: Db, now: Date): Promise<NeedsAttention["failedActions"]> {
  const since = instant(new Date(now.getTime() - FAILED_ACTION_DAYS * 86_400_000).toISOString());
  // An action's audit target is "<connectionId>/<orderId>"; a connection id (a UUID) has no "/".
  const result = await db.execute(sql`
    with attempts as (
      select split_part(${auditEvents.targetId}, '/', 1) as connection_id,
             substr(${auditEvents.targetId}, strpos(${auditEvents.targetId}, '/') + 1) as order_id,
             ${auditEvents.details}->>'orderNumber' as number,
             ${auditEvents.details}->>'action' as action,
             ${auditEvents.details}->'upstream'->>'message' as message,
             ${auditEvents.outcome} = 'failure' as failed,
             ${auditEvents.at} as at,
             'action' as source
        from ${auditEvents}
       where ${auditEvents.action} = 'order.action' and ${auditEvents.targetType} = 'order' and ${auditEvents.at} >= ${since}
      union all
      select ${bulkJobItems.connectionId}::text, ${bulkJobItems.orderId}, ${bulkJobItems.orderNumber},
             ${bulkJobItems.action}->>'type', ${bulkJobItems.message}, true, ${bulkJobItems.updatedAt}, 'bulk'
        from ${bulkJobItems}
       where ${bulkJobItems.state} = 'failed' and ${bulkJobItems.updatedAt} >= ${since}
    ),
    latest as (
      select distinct on (connection_id, order_id) * from attempts order by connection_id, order_id, at desc
    )
    select latest.connection_id, ${connections.name} as connection_name, latest.order_id, latest.number,
           latest.action, latest.message, latest.at, latest.source, count(*) over () as total
      from latest join ${connections} on ${connections.id}::text = latest.connection_id
     where latest.failed
     order by latest.at desc
     limit ${SHOWN}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  return {
    total: Number(rows[0]?.total ?? 0),
    sinceDays: FAILED_ACTION_DAYS,
    latest: rows.map((row) => ({
      connectionId: row.connection_id,
      connectionName: row.connection_name,
      orderId: row.order_id,
      number: row.number ?? row.order_id,
      action: row.action,
      message: row.message,
      at: new Date(row.at).toISOString(),
      source: row.source,
    })),
  };
}
