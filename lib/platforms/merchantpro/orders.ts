// Reading orders: GET /api/v2/orders (start/limit, include=line_items, sort, narrowing filters) and
// GET /api/v2/orders/{id} (a bare order with its line_items). A page is read order by order: one order we
// cannot read is set aside by its id, the rest are listed.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { readEach } from "../read-each";
import { connectionTimeZone } from "../time-zone";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { callJson } from "./client";
import { decodeCursor, listParams, nextStart } from "./filters";
import { toOrder } from "./mappers";
import { orderListSchema } from "./schema";

/** The shop's time zone as this connection knows it (dates without an offset, the date filters). */
export const timeZoneOf = (conn: Pick<Connection, "options">): string => connectionTimeZone(conn, DEFAULT_TIME_ZONE);

export function orderPath(orderId: string): string {
  // Ids are ints in old payloads and strings in newer ones; a path separator or dot segment cannot be one.
  const id = orderId.trim();
  if (!/^[\w-]{1,64}$/.test(id)) throw new PlatformError("not_found", `MerchantPro has no order "${orderId}"`);
  return `/orders/${encodeURIComponent(id)}`;
}

async function readList(conn: Connection, ctx: AdapterContext, query: Record<string, string | number>) {
  const body = await callJson(conn, ctx, { method: "GET", path: "/orders", query });
  const parsed = orderListSchema.safeParse(body);
  if (!parsed.success) throw new PlatformError("bad_response", "MerchantPro sent an order list we cannot read");
  return parsed.data;
}

export const listOrders: PlatformAdapter["listOrders"] = async (conn, query, cursor, ctx) => {
  const start = decodeCursor(cursor);
  const timeZone = timeZoneOf(conn);
  const params = listParams(query, start, timeZone);
  if (params.empty) return { orders: [], next: null, total: 0 };
  const { data, meta } = await readList(conn, ctx, params.query);
  const next = nextStart(meta?.links?.next, start, data.length);
  const total = meta?.count?.total;
  const { orders, unreadable } = readEach(data, (payload) => toOrder(payload, conn.id, timeZone));
  return {
    orders,
    ...(unreadable.length > 0 ? { unreadable } : {}),
    next: next === null ? null : String(next),
    ...(typeof total === "number" ? { total } : {}),
  };
};

/** One order's payload as MerchantPro sends it (GET /api/v2/orders/{id}). */
export function getOrderPayload(conn: Connection, orderId: string, ctx: AdapterContext): Promise<unknown> {
  return callJson(conn, ctx, { method: "GET", path: orderPath(orderId) });
}

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  return toOrder(await getOrderPayload(conn, orderId, ctx), conn.id, timeZoneOf(conn));
}

/** Basic auth has no login: reading the smallest page proves the domain, the API and the key pair. */
export async function testConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  await readList(conn, ctx, { start: 0, limit: 1 });
}
