// An order's history: the actions taken on it in Orderdeck, from the audit log. Everyone who may read the order
// sees who did what and when; only whoever may read the audit log (admins) sees the IPs they did it from.
import "server-only";
import { listAuditEvents } from "../audit/query";
import type { Db } from "../db";
import type { AuditEventView } from "../domain/audit";
import { type CurrentUser, can } from "../domain/user";

const HISTORY_LENGTH = 100;

export async function orderHistory(
  db: Db,
  viewer: CurrentUser,
  order: { connectionId: string; orderId: string },
): Promise<AuditEventView[]> {
  const { events } = await listAuditEvents(db, {
    targetType: "order",
    targetId: `${order.connectionId}/${order.orderId}`,
    limit: HISTORY_LENGTH,
  });
  return can(viewer.role, "audit:read") ? events : events.map((event) => ({ ...event, ip: null }));
}
