// Orderdeck's list query → Omnitron's django-filter parameters, and its absolute `next` links → the path to
// request on the connection's own base URL.
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterQuery, OrderFilterKey, OrderSort } from "../types";
import { toIsoUtc } from "../wire";
import { ERP_FLAG_VALUES, LIST_FILTER_PARAMS, LIST_ORDERING, MAX_PAGE_SIZE } from "./assumed";

export const LIST_PATH = "/api/i1/orders/";

/** `status` and `is_send` are the seed's own filters; the date lookups are [assumed] (LIST_FILTER_PARAMS). */
export const NATIVE_FILTERS: ReadonlySet<OrderFilterKey> = new Set(["status", "placedAt", "erp"]);
/** Newest first, whatever order the tenant's pages come in (walk.ts). */
export const NATIVE_SORTS: ReadonlySet<OrderSort> = new Set(["placed_desc"]);

export interface ListOptions {
  /** The connection option narrowing the list to one sales channel (its id). */
  channel?: string;
}

export function pageSize(limit: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit) || 1));
}

/** The first page's parameters. Several statuses cannot be asked for at once (`status` takes one code). */
export function listParams(query: AdapterQuery, options: ListOptions): Record<string, string | number> {
  const params: Record<string, string | number> = { page: 1, limit: pageSize(query.limit) };
  // Asked for, never relied on: a tenant that ignores it is found out by the dates (walk.ts).
  params[LIST_ORDERING.param] = LIST_ORDERING.newestFirst;
  if (query.statuses?.length === 1 && query.statuses[0]) params.status = query.statuses[0];
  if (query.sentToErp !== undefined) params.is_send = query.sentToErp ? ERP_FLAG_VALUES.sent : ERP_FLAG_VALUES.notSent;
  const from = toIsoUtc(query.from);
  const to = toIsoUtc(query.to);
  if (from) params[LIST_FILTER_PARAMS.placedFrom] = from;
  if (to) params[LIST_FILTER_PARAMS.placedTo] = to;
  if (options.channel) params[LIST_FILTER_PARAMS.channel] = options.channel;
  return params;
}

/**
 * The native filters checked again on each page: several statuses are filtered here (Omnitron takes one),
 * and an [assumed] lookup a tenant ignores cannot show orders outside the asked range.
 */
export function matchesQuery(order: Order, query: AdapterQuery): boolean {
  if (query.statuses?.length && !query.statuses.includes(order.status.code)) return false;
  if (query.sentToErp !== undefined && order.extras.sentToErp !== query.sentToErp) return false;
  const placed = Date.parse(order.placedAt);
  if (query.from && placed < Date.parse(query.from)) return false;
  if (query.to && placed > Date.parse(query.to)) return false;
  return true;
}

/**
 * A `next` link → the path to request on the connection's own base URL, or a refusal when it is not `listPath`.
 * DRF builds absolute links from the request's Host: behind a proxy that is an internal host, http for https or
 * another path prefix. So only the list's path and the query are kept; the host is always the connection's.
 */
export function pagePath(link: string, listPath = LIST_PATH): string {
  let next: URL;
  try {
    next = new URL(link, "http://relative.invalid");
  } catch {
    throw new PlatformError("bad_response", "Akinon Omnitron: the list position is not a page link");
  }
  if (!next.pathname.endsWith(listPath)) {
    const where = next.host === "relative.invalid" ? next.pathname : `${next.host}${next.pathname}`;
    throw new PlatformError("network", `Akinon Omnitron linked to ${where}, which is not ${listPath} — not followed`);
  }
  return `${listPath}${next.search}`;
}
