// Reading orders: the list (page/per_page, newest first) and one order with `expanded=true` (history rides
// along), each mapped with the instance's status names.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterContext, AdapterQuery, Connection, OrderPage } from "../types";
import { call, getJson, orderPath, ordersPath } from "./client";
import { decodeCursor, encodeCursor, listPlan } from "./filters";
import { mapOrder } from "./mappers";
import { orderListSchema, orderSchema, parseAnswer, type RawOrder } from "./schema";
import { statusesForLabels } from "./statuses";

/** Retailys order ids are ints; anything else (e.g. "Statuses", a route of its own) is no order. */
export function checkOrderId(orderId: string): string {
  const id = orderId.trim();
  if (!/^\d+$/.test(id)) throw new PlatformError("not_found", `Retailys has no order "${orderId}" (ids are numbers)`);
  return id;
}

/** The connection option `channelId`: only that sales channel's orders are listed. */
export function channelOption(conn: Connection): string | null {
  const value = String(conn.options.channelId ?? "").trim();
  return /^\d+$/.test(value) && value !== "0" ? value : null;
}

/** Newest first, ties by id as the orders service breaks them, so a page merges cleanly. */
function newestFirst(a: Order, b: Order): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? 1 : -1;
  return a.id === b.id ? 0 : `${a.connectionId}/${a.id}` < `${b.connectionId}/${b.id}` ? 1 : -1;
}

export async function listOrders(
  conn: Connection,
  query: AdapterQuery,
  cursor: string | null,
  ctx: AdapterContext,
): Promise<OrderPage> {
  const position = decodeCursor(cursor, query.limit);
  const plan = listPlan(query, position);
  if (plan.empty) return { orders: [], next: null, total: 0 };
  const channel = channelOption(conn);
  const request = { path: ordersPath(conn), query: channel ? { ...plan.query, channel_id: channel } : plan.query };
  const [answer, statuses] = await Promise.all([
    getJson(conn, ctx, request, orderListSchema, "an order list"),
    statusesForLabels(conn, ctx),
  ]);
  const orders = answer.orders.map((payload, index) => {
    const raw = parseAnswer(orderSchema, payload, `the list's order #${index + 1}`);
    return mapOrder(raw, payload, { connectionId: conn.id, statuses });
  });
  const wanted = plan.statusesHere;
  const kept = wanted ? orders.filter((order) => wanted.has(order.status.code)) : orders;
  const pages = answer.paginator?.pages ?? (orders.length < position.perPage ? position.page : position.page + 1);
  const next = position.page < pages ? encodeCursor({ ...position, page: position.page + 1 }) : null;
  const total = wanted ? undefined : (answer.paginator?.total ?? undefined);
  return { orders: kept.sort(newestFirst), next, ...(total === undefined ? {} : { total }) };
}

/** One order as the wire sends it (`expanded=true`: channel details and history). */
export async function getRawOrder(
  conn: Connection,
  orderId: string,
  ctx: AdapterContext,
): Promise<{ raw: RawOrder; payload: unknown }> {
  const path = orderPath(conn, checkOrderId(orderId));
  const res = await call(conn, ctx, { method: "GET", path, query: { expanded: "true" } });
  const payload = res.json();
  return { raw: parseAnswer(orderSchema, payload, "an order"), payload };
}

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  const [{ raw, payload }, statuses] = await Promise.all([
    getRawOrder(conn, orderId, ctx),
    statusesForLabels(conn, ctx),
  ]);
  return mapOrder(raw, payload, { connectionId: conn.id, statuses });
}
