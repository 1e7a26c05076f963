// Reading orders: the DRF list (page/page_size, ordering, created_after, status) and one order by id.
// A page is read order by order: one order we cannot read is set aside by its id, the rest are listed.
import "server-only";
import type { Order } from "../../domain/order";
import { isPlatformError, PlatformError } from "../errors";
import { readEach } from "../read-each";
import { connectionTimeZone } from "../time-zone";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE, ECOM_ASSUMED } from "./assumed";
import { callJson } from "./client";
import { decodeCursor, encodeCursor, listParams } from "./filters";
import { parseOrder, toOrder } from "./mappers";
import { orderPageSchema, type RawOrder } from "./schema";

export const LIST_PATH = ECOM_ASSUMED.paths.orders;

/** The zone in which this connection's offset-less times are read. */
export const timeZoneOf = (conn: Pick<Connection, "options">): string => connectionTimeZone(conn, DEFAULT_TIME_ZONE);

export const listOrders: PlatformAdapter["listOrders"] = async (conn, query, cursor, ctx) => {
  const { page, size } = decodeCursor(cursor, query.limit);
  const params = listParams(query, page, size);
  if (params.empty) return { orders: [], next: null, total: 0 };
  let body: unknown;
  try {
    body = await callJson(conn, ctx, "api", { method: "GET", path: LIST_PATH, query: params.query });
  } catch (error) {
    // DRF answers a page past the end with 404 "Invalid page." (orders went away meanwhile): the list ends.
    const pastTheEnd = ECOM_ASSUMED.pagePastTheEndIs404 && page > 1;
    if (pastTheEnd && isPlatformError(error) && error.kind === "not_found") return { orders: [], next: null };
    throw error;
  }
  const parsed = orderPageSchema.safeParse(body);
  if (!parsed.success) throw new PlatformError("bad_response", "ECOM.md sent an order list we cannot read");
  const { results, next, count } = parsed.data;
  const timeZone = timeZoneOf(conn);
  const { orders, unreadable } = readEach(results, (raw) => toOrder(raw, conn.id, timeZone));
  return {
    orders,
    ...(unreadable.length > 0 ? { unreadable } : {}),
    next: next ? encodeCursor(page + 1, size) : null,
    ...(typeof count === "number" ? { total: count } : {}),
  };
};

export async function getRawOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<RawOrder> {
  return parseOrder(await getOrderPayload(conn, orderId, ctx));
}

async function getOrderPayload(conn: Connection, orderId: string, ctx: AdapterContext): Promise<unknown> {
  if (!/^[\w-]{1,64}$/.test(orderId)) throw new PlatformError("not_found", `No ECOM.md order ${orderId}`);
  return callJson(conn, ctx, "api", { method: "GET", path: ECOM_ASSUMED.paths.order(orderId) });
}

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  return toOrder(await getOrderPayload(conn, orderId, ctx), conn.id, timeZoneOf(conn));
}
