// Reading orders: the list (page/per_page; no sort parameter, so the walk's direction is detected, see walk.ts)
// and one order with `expanded=true` (history rides along), each mapped with the instance's status names, the
// connection's time zone and carrier names. A list order we cannot read is set aside by id, never the page.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { readEach, type SetAside } from "../read-each";
import { connectionTimeZone } from "../time-zone";
import type { AdapterContext, Connection, OrderPage, PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE, PER_PAGE } from "./assumed";
import { connectionCarriers } from "./carriers";
import { call, getJson, orderPath, ordersPath } from "./client";
import { type Cursor, decodeCursor, encodeCursor, type ListPlan, listPlan } from "./filters";
import { type MapContext, mapOrder } from "./mappers";
import { orderListSchema, orderSchema, parseAnswer, type RawOrder } from "./schema";
import { type InstanceStatus, statusesForLabels } from "./statuses";
import { detectDirection, knownDirection, rememberDirection } from "./walk";

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

export function mapContextFor(conn: Connection, statuses: readonly InstanceStatus[]): MapContext {
  return {
    connectionId: conn.id,
    statuses,
    timeZone: connectionTimeZone(conn, DEFAULT_TIME_ZONE),
    carriers: connectionCarriers(conn),
  };
}

/** Newest first, ties by id as the orders service breaks them, so a page merges cleanly. */
function newestFirst(a: Order, b: Order): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? 1 : -1;
  return a.id === b.id ? 0 : `${a.connectionId}/${a.id}` < `${b.connectionId}/${b.id}` ? 1 : -1;
}

interface ReadPage {
  /** The readable orders in the order the wire sent them. */
  orders: Order[];
  unreadable: SetAside[];
  /** How many orders the page held, readable or not. */
  size: number;
  pages: number | null;
  total: number | null;
}

async function readPage(conn: Connection, ctx: AdapterContext, plan: ListPlan, page: number): Promise<ReadPage> {
  const channel = channelOption(conn);
  const query = { ...plan.query, page, ...(channel ? { channel_id: channel } : {}) };
  const [answer, statuses] = await Promise.all([
    getJson(conn, ctx, { path: ordersPath(conn), query }, orderListSchema, "an order list"),
    statusesForLabels(conn, ctx),
  ]);
  const mapping = mapContextFor(conn, statuses);
  const { orders, unreadable } = readEach(answer.orders, (payload) =>
    mapOrder(parseAnswer(orderSchema, payload, "an order"), payload, mapping),
  );
  const { pages, total } = answer.paginator ?? {};
  return { orders, unreadable, size: answer.orders.length, pages: pages ?? null, total: total ?? null };
}

/** The page as the list wants it: this query's statuses, newest first, with the walk's next position. */
function pageOf(read: ReadPage, plan: ListPlan, next: Cursor | null): OrderPage {
  const wanted = plan.statusesHere;
  const kept = wanted ? read.orders.filter((order) => wanted.has(order.status.code)) : [...read.orders];
  const total = wanted || read.total === null ? undefined : read.total;
  return {
    orders: kept.sort(newestFirst),
    ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    next: next ? encodeCursor(next) : null,
    ...(total === undefined ? {} : { total }),
  };
}

/** Forward (newest-first instance): the next page number while there is one. */
function forward(read: ReadPage, at: Cursor): Cursor | null {
  const pages = read.pages ?? (read.size < at.perPage ? at.page : at.page + 1);
  return at.page < pages ? { page: at.page + 1, perPage: at.perPage } : null;
}

/** Backwards (oldest-first instance): from the last page towards page 1. */
const backwards = (at: Cursor): Cursor | null =>
  at.page > 1 ? { page: at.page - 1, perPage: at.perPage, backwards: true } : null;

const times = (read: ReadPage) => read.orders.map((order) => Date.parse(order.placedAt));

export const listOrders: PlatformAdapter["listOrders"] = async (conn, query, cursor, ctx) => {
  const at = decodeCursor(cursor, query.limit);
  const plan = listPlan(query, at, connectionTimeZone(conn, DEFAULT_TIME_ZONE));
  if (plan.empty) return { orders: [], next: null, total: 0 };
  if (cursor !== null) {
    const read = await readPage(conn, ctx, plan, at.page);
    return pageOf(read, plan, at.backwards ? backwards(at) : forward(read, at));
  }
  // The first page: page 1 tells how many pages there are; with more than one, the direction decides which end
  // holds the newest orders (detected from page 1 and the last page, then remembered a while).
  const first = await readPage(conn, ctx, plan, 1);
  const pages = first.pages;
  if (pages === null || pages <= 1) return pageOf(first, plan, forward(first, at));
  let last: ReadPage | null = null;
  let direction = knownDirection(conn);
  if (!direction) {
    last = await readPage(conn, ctx, plan, pages);
    direction = detectDirection(times(first), times(last));
    if (direction) rememberDirection(conn, direction);
  }
  if (direction !== "oldest-first") return pageOf(first, plan, forward(first, at));
  last ??= await readPage(conn, ctx, plan, pages);
  return pageOf(last, plan, backwards({ ...at, page: pages }));
};

/** The connection check: the smallest page Retailys serves (per_page ≥ 10), read like any list page. */
export async function checkConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  const plan = listPlan({ sort: "placed_desc", limit: PER_PAGE.min }, decodeCursor(null, PER_PAGE.min));
  await readPage(conn, ctx, plan, 1);
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
  return mapOrder(raw, payload, mapContextFor(conn, statuses));
}
