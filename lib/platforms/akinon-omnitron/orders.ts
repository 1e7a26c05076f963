// Reading orders: the paged list (GET /api/i1/orders/ with page/limit and absolute `next` links) and one order.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterContext, AdapterQuery, Connection, OrderPage } from "../types";
import { ORDER_DETAIL_PATH } from "./assumed";
import { call } from "./client";
import { LIST_PATH, listParams, matchesQuery, pagePath } from "./filters";
import { parseOrder, toOrder } from "./mappers";
import { connectionOptions } from "./options";
import { rawOrderPage } from "./schema";

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  const payload = await call(conn, ctx, { method: "GET", path: ORDER_DETAIL_PATH(orderId) });
  return toOrder(parseOrder(payload), payload, conn.id);
}

export async function listOrders(
  conn: Connection,
  query: AdapterQuery,
  cursor: string | null,
  ctx: AdapterContext,
): Promise<OrderPage> {
  const payload = cursor
    ? await call(conn, ctx, { method: "GET", path: pagePath(conn.baseUrl, cursor) })
    : await call(conn, ctx, {
        method: "GET",
        path: LIST_PATH,
        query: listParams(query, { channel: connectionOptions(conn).channel }),
      });
  const page = rawOrderPage.safeParse(payload);
  if (!page.success) throw new PlatformError("bad_response", "Akinon Omnitron sent an order list we cannot read");
  const orders = page.data.results.map((result) => toOrder(parseOrder(result), result, conn.id));
  if (page.data.next) pagePath(conn.baseUrl, page.data.next); // refuse a foreign link now, not on the next request
  // Omnitron's count is of what it filtered: not a total when several statuses are filtered here.
  const total = (query.statuses?.length ?? 0) <= 1 ? page.data.count : null;
  return {
    orders: orders.filter((order) => matchesQuery(order, query)),
    next: page.data.next ?? null,
    ...(typeof total === "number" ? { total } : {}),
  };
}

/** Log in (when no session is cached) and read the smallest page: proves the URL, the account and its rights. */
export async function testConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  const payload = await call(conn, ctx, { method: "GET", path: LIST_PATH, query: { page: 1, limit: 1 } });
  if (!rawOrderPage.safeParse(payload).success) {
    throw new PlatformError("bad_response", "Akinon Omnitron answered, but not with an order list");
  }
}
