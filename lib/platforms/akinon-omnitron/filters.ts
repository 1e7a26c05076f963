// Orderdeck's list query → Omnitron's django-filter parameters, and the paging cursor: Omnitron's own absolute
// `next` link, followed only while it stays on the connection's order list.
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterQuery, OrderFilterKey, OrderSort } from "../types";
import { toIsoUtc } from "../wire";
import { DEFAULT_ORDERING, LIST_FILTER_PARAMS, MAX_PAGE_SIZE } from "./assumed";

export const LIST_PATH = "/api/i1/orders/";

/** `status` is the seed's own filter; the date lookups are [assumed] (LIST_FILTER_PARAMS). */
export const NATIVE_FILTERS: ReadonlySet<OrderFilterKey> = new Set(["status", "placedAt"]);
export const NATIVE_SORTS: ReadonlySet<OrderSort> = new Set([DEFAULT_ORDERING]);

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
  if (query.statuses?.length === 1 && query.statuses[0]) params.status = query.statuses[0];
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
  const placed = Date.parse(order.placedAt);
  if (query.from && placed < Date.parse(query.from)) return false;
  if (query.to && placed > Date.parse(query.to)) return false;
  return true;
}

/** A `next` link → the path to request, or a refusal when it leads anywhere but this connection's order list. */
export function pagePath(baseUrl: string, cursor: string): string {
  let next: URL;
  try {
    next = new URL(cursor);
  } catch {
    throw new PlatformError("bad_response", "Akinon Omnitron: the list position is not a page link");
  }
  const base = new URL(baseUrl);
  const listPath = `${base.pathname.replace(/\/+$/, "")}${LIST_PATH}`;
  // Omnitron behind a TLS-terminating proxy may write http:// links for an https API: same host, upgraded.
  const sameOrigin =
    next.host === base.host &&
    (next.protocol === base.protocol || (next.protocol === "http:" && base.protocol === "https:"));
  if (!sameOrigin || next.pathname !== listPath) {
    throw new PlatformError(
      "network",
      `Akinon Omnitron linked to ${next.host}${next.pathname}, which is not this connection's order list — not followed`,
    );
  }
  return `${LIST_PATH}${next.search}`;
}
