// Reading orders: the paged list (GET /api/i1/orders/ with page/limit and absolute `next` links, walked newest
// first by walk.ts) and one order. A page's orders are read one by one: one we cannot read is set aside by id.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { readEach } from "../read-each";
import { connectionTimeZone } from "../time-zone";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE, ORDER_DETAIL_PATH } from "./assumed";
import { call } from "./client";
import { LIST_PATH, listParams, matchesQuery, pagePath } from "./filters";
import { parseOrder, toOrder } from "./mappers";
import { connectionOptions } from "./options";
import { decodePosition, encodePosition } from "./paging";
import { rawOrderPage } from "./schema";
import { firstStep, nextStep, type PageRead, type ReadPage } from "./walk";

export const timeZoneOf = (conn: Connection): string => connectionTimeZone(conn, DEFAULT_TIME_ZONE);

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  const payload = await call(conn, ctx, { method: "GET", path: ORDER_DETAIL_PATH(orderId) });
  return toOrder(parseOrder(payload), payload, conn.id, timeZoneOf(conn));
}

/** A list answer → its orders (each read on its own), `count`, and the next link as a path on our base URL. */
export function readOrderPage(payload: unknown, connectionId: string, timeZone: string): PageRead {
  const page = rawOrderPage.safeParse(payload);
  if (!page.success) throw new PlatformError("bad_response", "Akinon Omnitron sent an order list we cannot read");
  const { orders, unreadable } = readEach(page.data.results, (result) =>
    toOrder(parseOrder(result), result, connectionId, timeZone),
  );
  // A link off the order list is refused now, not on the next request.
  const next = page.data.next ? pagePath(page.data.next) : null;
  return { orders, unreadable, count: page.data.count ?? null, next };
}

export const listOrders: PlatformAdapter["listOrders"] = async (conn, query, cursor, ctx) => {
  const timeZone = timeZoneOf(conn);
  const read: ReadPage = async (request) =>
    readOrderPage(await call(conn, ctx, { method: "GET", ...request }), conn.id, timeZone);
  const params = listParams(query, { channel: connectionOptions(conn).channel });
  const step = cursor
    ? await nextStep(read, params, query.limit, decodePosition(cursor))
    : await firstStep(read, params, query.limit);
  // Omnitron's count is of what it filtered: not a total when several statuses are filtered here.
  const total = (query.statuses?.length ?? 0) <= 1 ? step.count : null;
  return {
    orders: step.orders.filter((order) => matchesQuery(order, query)),
    ...(step.unreadable.length > 0 ? { unreadable: step.unreadable } : {}),
    next: step.next ? encodePosition(step.next) : null,
    ...(typeof total === "number" ? { total } : {}),
  };
};

/** Log in (when no session is cached) and read the smallest page: proves the URL, the account and its rights. */
export async function testConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  const payload = await call(conn, ctx, { method: "GET", path: LIST_PATH, query: { page: 1, limit: 1 } });
  // Only the envelope must be readable: an order in an odd shape is the list's business, not a failed test.
  if (!rawOrderPage.safeParse(payload).success) {
    throw new PlatformError("bad_response", "Akinon Omnitron answered, but not with an order list");
  }
}
