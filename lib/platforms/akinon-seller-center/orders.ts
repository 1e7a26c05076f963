// Reading orders: the list (walked newest first by list-walk.ts, whatever order the platform sends) and one
// order, each assembled from its items, addresses and (on the detail) cancellation plans. On a list page an
// order we cannot read is set aside by its id (read-each.ts); the others are listed.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { readEach } from "../read-each";
import { connectionTimeZone } from "../time-zone";
import type { AdapterContext, AdapterQuery, Connection, PlatformAdapter } from "../types";
import { toIsoUtc } from "../wire";
import { addressFor, addressIds, type Resolved, resolveAddresses } from "./address-reads";
import { DEFAULT_TIME_ZONE, ITEM_PAGES_PER_ORDER, ORDER_DETAIL_PATH } from "./assumed";
import { listChanged } from "./changed";
import { call } from "./client";
import { countIsTotal, LIST_PATH, listParams, matchesQuery, pageSize, wantedCodes } from "./filters";
import { itemsOfOrder, itemsOrFail, NO_ITEMS, type OrderItems } from "./items";
import { type FetchPage, walkOrders } from "./list-walk";
import { type OrderParts, parseWith, toOrder } from "./mappers";
import { itemsForPage } from "./page-items";
import { plansOfOrder, readPage } from "./reads";
import { type RawOrder, rawOrder } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Plans = Awaited<ReturnType<typeof plansOfOrder>>;

const field = (payload: unknown, key: string): unknown =>
  payload && typeof payload === "object" ? (payload as Record<string, unknown>)[key] : undefined;

/** An order payload's placing time in ms (read in the connection's zone when it has no offset), or null. */
function placedTime(payload: unknown, timeZone: string): number | null {
  const value = field(payload, "date_placed");
  const iso = typeof value === "string" || typeof value === "number" ? toIsoUtc(value, timeZone) : null;
  return iso ? Date.parse(iso) : null;
}

/** The list's order: newest first, ties by id (descending), as the unified list breaks them. */
function newestFirst(a: Order, b: Order): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

function assemble(
  order: RawOrder,
  payload: unknown,
  items: OrderItems,
  plans: Plans | null,
  resolved: Map<string, Resolved | null>,
): OrderParts {
  const shipping = addressFor(order.shipping_address, resolved);
  const billing = addressFor(order.billing_address, resolved);
  return {
    order,
    items: itemsOrFail(order, items),
    plans: plans?.parsed ?? null,
    shipping: shipping?.address ?? null,
    billing: billing?.address ?? null,
    raw: {
      order: payload,
      orderItems: items.raw,
      ...(plans ? { cancellationPlans: plans.raw } : {}),
      customerAddresses: [...new Set([shipping?.raw, billing?.raw])].filter(Boolean),
    },
  };
}

/** By id on the detail route; an order number (what people type) through the list's `number` filter. */
async function readOrder(conn: Connection, ctx: AdapterContext, orderId: string): Promise<unknown> {
  if (UUID.test(orderId)) return call(conn, ctx, { method: "GET", path: ORDER_DETAIL_PATH(orderId) });
  const page = await readPage(conn, ctx, LIST_PATH, { number: orderId, limit: 2 });
  // Checked, not trusted: a tenant that ignored `number` would answer with some other order.
  const found = page.results.find((payload) => String(field(payload, "number")) === orderId);
  if (found === undefined) throw new PlatformError("not_found", `Akinon Seller Center has no order ${orderId}`);
  return found;
}

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  const payload = await readOrder(conn, ctx, orderId);
  const order = parseWith(rawOrder, payload, "an order");
  const [items, plans, resolved] = await Promise.all([
    itemsOfOrder(conn, ctx, order),
    plansOfOrder(conn, ctx, order.id, ITEM_PAGES_PER_ORDER),
    resolveAddresses(conn, ctx, addressIds(order)),
  ]);
  const timeZone = connectionTimeZone(conn, DEFAULT_TIME_ZONE);
  return toOrder(assemble(order, payload, items, plans, resolved), conn.id, timeZone);
}

/**
 * A page's orders, read one by one. Sparing with reads: several statuses or stages are filtered here before
 * anything more is read for an order; the page's items come in one ranged read (page-items.ts) and its
 * addresses in batches (address-reads.ts).
 */
async function readListed(conn: Connection, ctx: AdapterContext, payloads: unknown[], query: AdapterQuery) {
  const timeZone = connectionTimeZone(conn, DEFAULT_TIME_ZONE);
  const params = listParams(query);
  const readable = new Map<unknown, RawOrder>();
  for (const payload of payloads) {
    const parsed = rawOrder.safeParse(payload);
    if (parsed.success) readable.set(payload, parsed.data);
  }
  const wanted = (order: RawOrder, payload: unknown) => {
    const parts = { order, items: [], plans: null, shipping: null, billing: null, raw: payload };
    try {
      return matchesQuery(toOrder(parts, conn.id, timeZone), query);
    } catch {
      return true; // read in full below, where it is listed or set aside with the reason
    }
  };
  const listed = payloads.filter((payload) => {
    const order = readable.get(payload);
    return !order || wanted(order, payload);
  });
  const kept = listed.flatMap((payload) => readable.get(payload) ?? []);
  const filters = {
    ...(typeof params.status === "string" ? { status: params.status } : {}),
    ...(typeof params.number__icontains === "string" ? { numberContains: params.number__icontains } : {}),
  };
  const [items, resolved] = await Promise.all([
    itemsForPage(conn, ctx, kept, filters, timeZone),
    resolveAddresses(conn, ctx, kept.flatMap(addressIds)),
  ]);
  return readEach(listed, (payload) => {
    const order = parseWith(rawOrder, payload, "an order");
    return toOrder(assemble(order, payload, items.get(order.id) ?? NO_ITEMS, null, resolved), conn.id, timeZone);
  });
}

export const listOrders: PlatformAdapter["listOrders"] = async (conn, query, cursor, ctx) => {
  const codes = wantedCodes(query);
  if (codes?.length === 0) return { orders: [], next: null, total: 0 };
  const params = listParams(query);
  const timeZone = connectionTimeZone(conn, DEFAULT_TIME_ZONE);
  if (query.changedFrom) {
    const changed = await listChanged(
      conn,
      { ...query, changedFrom: query.changedFrom },
      cursor,
      ctx,
      (payload) => placedTime(payload, timeZone),
      (payloads) => readListed(conn, ctx, payloads, query),
    );
    return { ...changed, orders: changed.orders.sort(newestFirst) };
  }
  const fetch: FetchPage = ({ page, limit, before }) =>
    readPage(conn, ctx, LIST_PATH, { ...params, page, limit, ...(before ? { date_placed__lt: before } : {}) });
  const step = await walkOrders(fetch, (payload) => placedTime(payload, timeZone), pageSize(query.limit), cursor);
  const { orders, unreadable } = await readListed(conn, ctx, step.payloads, query);
  return {
    orders: orders.sort(newestFirst),
    unreadable,
    next: step.next,
    ...(countIsTotal(query) && step.count !== undefined ? { total: step.count } : {}),
  };
};

/** Log in (when no session is cached) and read the smallest page: proves the URL, the account and its rights. */
export async function testConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  await readPage(conn, ctx, LIST_PATH, { page: 1, limit: 1 });
}
