// The reads an order is assembled from: its items (ORI02), its cancellation plans (CPI01) and its customer
// addresses (OCA01, `?id=<uuid>` — the order only names them). Paged lists are followed by their `next` links.
import "server-only";
import type { AdapterContext, Connection } from "../types";
import { ITEM_PAGES_PER_ORDER, ITEMS_BY_ORDER_PARAM, MAX_PAGE_SIZE } from "./assumed";
import { call } from "./client";
import { followPath } from "./filters";
import { parseWith } from "./mappers";
import {
  type RawAddress,
  type RawItem,
  type RawOrder,
  type RawPage,
  rawAddress,
  rawItem,
  rawPage,
  rawPlan,
} from "./schema";

export const ITEMS_PATH = "/api/i1/order-items/";
const PLANS_PATH = "/api/i1/cancellation-plans/";
const ADDRESSES_PATH = "/api/i1/customer-addresses/";

/** Records as received next to their parsed form: `raw` keeps the payload for the "raw data" section. */
export interface Read<T> {
  raw: unknown[];
  parsed: T[];
}

type Query = Record<string, string | number>;

export async function readPage(conn: Connection, ctx: AdapterContext, path: string, query?: Query): Promise<RawPage> {
  const payload = await call(conn, ctx, { method: "GET", path, ...(query ? { query } : {}) });
  return parseWith(rawPage, payload, "a list");
}

/** Every record of a filtered list, page after page, up to `maxPages`. */
async function readAll(conn: Connection, ctx: AdapterContext, path: string, query: Query, maxPages: number) {
  const results: unknown[] = [];
  let page: RawPage | null = await readPage(conn, ctx, path, { ...query, page: 1, limit: MAX_PAGE_SIZE });
  for (let n = 1; page; n++) {
    results.push(...page.results);
    page = page.next && n < maxPages ? await readPage(conn, ctx, followPath(conn.baseUrl, page.next, path)) : null;
  }
  return results;
}

export function parseItems(raw: unknown[]): Read<RawItem> {
  return { raw, parsed: raw.map((item) => parseWith(rawItem, item, "an order item")) };
}

export async function itemsOfOrder(conn: Connection, ctx: AdapterContext, orderId: string): Promise<Read<RawItem>> {
  return parseItems(await readAll(conn, ctx, ITEMS_PATH, { [ITEMS_BY_ORDER_PARAM]: orderId }, ITEM_PAGES_PER_ORDER));
}

export async function plansOfOrder(conn: Connection, ctx: AdapterContext, orderId: string) {
  const raw = await readAll(conn, ctx, PLANS_PATH, { order: orderId }, ITEM_PAGES_PER_ORDER);
  return { raw, parsed: raw.map((plan) => parseWith(rawPlan, plan, "a cancellation plan")) };
}

/** The UUID an address reference names, when it is one (an embedded address needs no read). */
export function refId(ref: RawOrder["shipping_address"]): string | null {
  return typeof ref === "string" && ref.trim() ? ref.trim() : null;
}

export interface Resolved {
  address: RawAddress;
  raw: unknown;
}

/** Each distinct address once, in parallel; an address the platform no longer has resolves to nothing. */
// Customer addresses are looked up by UUID for every list page; they rarely change, so a short-lived
// per-process cache turns ~one read per order into ~none on the next pages and refreshes.
const ADDRESS_TTL_MS = 10 * 60_000;
const ADDRESS_CACHE_MAX = 10_000;
const globalForAddresses = globalThis as unknown as { sellerCenterAddresses?: Map<string, { at: number; value: Resolved | null }> };
globalForAddresses.sellerCenterAddresses ??= new Map();
const addressCache = globalForAddresses.sellerCenterAddresses;

async function resolveAddress(conn: Connection, ctx: AdapterContext, id: string): Promise<Resolved | null> {
  const key = `${conn.id}|${conn.baseUrl}|${id}`;
  const cached = addressCache.get(key);
  if (cached && Date.now() - cached.at < ADDRESS_TTL_MS) return cached.value;
  const page = await readPage(conn, ctx, ADDRESSES_PATH, { id, limit: 1 });
  const raw = page.results[0];
  const value = raw === undefined ? null : { address: parseWith(rawAddress, raw, "a customer address"), raw };
  if (addressCache.size >= ADDRESS_CACHE_MAX) addressCache.delete(addressCache.keys().next().value ?? "");
  addressCache.set(key, { at: Date.now(), value });
  return value;
}

export async function resolveAddresses(
  conn: Connection,
  ctx: AdapterContext,
  ids: Iterable<string>,
): Promise<Map<string, Resolved | null>> {
  const distinct = [...new Set(ids)];
  const found = await Promise.all(distinct.map((id) => resolveAddress(conn, ctx, id)));
  return new Map(distinct.map((id, i) => [id, found[i] ?? null]));
}

/** An order's address: embedded in the order, or resolved by its UUID (null when not read). */
export function addressFor(ref: RawOrder["shipping_address"], resolved: ReadonlyMap<string, Resolved | null>) {
  if (typeof ref === "object" && ref !== null) return { address: ref, raw: ref };
  const id = refId(ref);
  return id ? (resolved.get(id) ?? null) : null;
}
