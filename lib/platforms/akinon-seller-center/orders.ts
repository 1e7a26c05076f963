// Reading orders: the paged list (GET /api/i1/orders/ with page/limit and absolute `next` links) and one order,
// each assembled from its items, addresses and (on the detail) cancellation plans.
import "server-only";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterContext, AdapterQuery, Connection, OrderPage } from "../types";
import { ORDER_DETAIL_PATH } from "./assumed";
import { call } from "./client";
import { countIsTotal, followPath, LIST_PATH, listParams, matchesQuery, wantedCodes } from "./filters";
import { type OrderParts, parseWith, toOrder } from "./mappers";
import { itemsForPage } from "./page-items";
import {
  addressFor,
  itemsOfOrder,
  plansOfOrder,
  type Read,
  type Resolved,
  readPage,
  refId,
  resolveAddresses,
} from "./reads";
import { type RawItem, type RawOrder, rawOrder } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_ITEMS: Read<RawItem> = { raw: [], parsed: [] };

const bare = (order: RawOrder, payload: unknown): OrderParts => ({
  order,
  items: [],
  plans: null,
  shipping: null,
  billing: null,
  raw: { order: payload },
});

const distinctRaw = (...found: (Resolved | null)[]) => [...new Set(found.map((entry) => entry?.raw))].filter(Boolean);

/** By id on the detail route; an order number (what people type) through the list's `number` filter. */
async function readOrder(conn: Connection, ctx: AdapterContext, orderId: string): Promise<unknown> {
  if (UUID.test(orderId)) return call(conn, ctx, { method: "GET", path: ORDER_DETAIL_PATH(orderId) });
  const page = await readPage(conn, ctx, LIST_PATH, { number: orderId, limit: 1 });
  const found = page.results[0];
  if (found === undefined) throw new PlatformError("not_found", `Akinon Seller Center has no order ${orderId}`);
  return found;
}

export async function getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order> {
  const payload = await readOrder(conn, ctx, orderId);
  const order = parseWith(rawOrder, payload, "an order");
  const ids = [refId(order.shipping_address), refId(order.billing_address)].filter((id): id is string => id !== null);
  const [items, plans, resolved] = await Promise.all([
    itemsOfOrder(conn, ctx, order.id),
    plansOfOrder(conn, ctx, order.id),
    resolveAddresses(conn, ctx, ids),
  ]);
  const shipping = addressFor(order.shipping_address, resolved);
  const billing = addressFor(order.billing_address, resolved);
  const parts: OrderParts = {
    order,
    items: items.parsed,
    plans: plans.parsed,
    shipping: shipping?.address ?? null,
    billing: billing?.address ?? null,
    raw: {
      order: payload,
      orderItems: items.raw,
      cancellationPlans: plans.raw,
      customerAddresses: distinctRaw(shipping, billing),
    },
  };
  return toOrder(parts, conn.id);
}

/** A list order: its customer's address was read; the shipping one only when it is the same (or embedded). */
function listParts(order: RawOrder, payload: unknown, items: Read<RawItem>, resolved: Map<string, Resolved | null>) {
  const customer = addressFor(order.billing_address ?? order.shipping_address, resolved);
  const billing = order.billing_address ? customer : null;
  const sameAddress = !order.billing_address || order.shipping_address === order.billing_address;
  const embedded = typeof order.shipping_address === "object" ? order.shipping_address : null;
  const shipping = sameAddress ? customer : addressFor(embedded, resolved);
  const parts: OrderParts = {
    ...bare(order, payload),
    items: items.parsed,
    shipping: shipping?.address ?? null,
    billing: billing?.address ?? null,
    raw: { order: payload, orderItems: items.raw, customerAddresses: distinctRaw(billing, shipping) },
  };
  return parts;
}

/**
 * One list page. Sparing with reads: the page's items come in one ranged read (page-items.ts), and only the
 * customer's (billing) address is resolved — once per distinct address; the shipping address comes with it
 * when it is the same one, else on the detail page.
 */
export async function listOrders(
  conn: Connection,
  query: AdapterQuery,
  cursor: string | null,
  ctx: AdapterContext,
): Promise<OrderPage> {
  const codes = wantedCodes(query);
  if (codes?.length === 0) return { orders: [], next: null, total: 0 };
  const params = listParams(query);
  const page = cursor
    ? await readPage(conn, ctx, followPath(conn.baseUrl, cursor, LIST_PATH))
    : await readPage(conn, ctx, LIST_PATH, params);
  if (page.next) followPath(conn.baseUrl, page.next, LIST_PATH); // refuse a foreign link now, not on the next call
  // Several statuses or stages are filtered here: drop those orders before reading anything more for them.
  const kept = page.results
    .map((payload) => ({ payload, order: parseWith(rawOrder, payload, "an order") }))
    .filter(({ order, payload }) => matchesQuery(toOrder(bare(order, payload), conn.id), query));
  const customerIds = kept.map(({ order }) => refId(order.billing_address) ?? refId(order.shipping_address));
  const [items, resolved] = await Promise.all([
    itemsForPage(
      conn,
      ctx,
      kept.map(({ order }) => order),
      {
        ...(typeof params.status === "string" ? { status: params.status } : {}),
        ...(typeof params.number__icontains === "string" ? { numberContains: params.number__icontains } : {}),
      },
    ),
    resolveAddresses(
      conn,
      ctx,
      customerIds.filter((id): id is string => id !== null),
    ),
  ]);
  const orders = kept.map(({ order, payload }) =>
    toOrder(listParts(order, payload, items.get(order.id) ?? NO_ITEMS, resolved), conn.id),
  );
  return {
    orders,
    next: page.next ?? null,
    ...(countIsTotal(query) && page.count !== undefined ? { total: page.count } : {}),
  };
}

/** Log in (when no session is cached) and read the smallest page: proves the URL, the account and its rights. */
export async function testConnection(conn: Connection, ctx: AdapterContext): Promise<void> {
  await readPage(conn, ctx, LIST_PATH, { page: 1, limit: 1 });
}
