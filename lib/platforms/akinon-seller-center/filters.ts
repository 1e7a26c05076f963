// Orderdeck's list query → Seller Center's django-filter parameters (DOUBLE underscores), and the paging
// cursor: Seller Center's own absolute `next` link, followed only while it stays on the connection's list.
import { compareDecimal } from "../../domain/decimal";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterQuery, OrderFilterKey, OrderSort } from "../types";
import { toIsoUtc } from "../wire";
import { LIST_ORDERING, MAX_PAGE_SIZE } from "./assumed";
import { codesOfStages, statusOf } from "./statuses";

export const LIST_PATH = "/api/i1/orders/";

/** All six on the platform; stages and several statuses become one `status` when they name one code. */
export const NATIVE_FILTERS: ReadonlySet<OrderFilterKey> = new Set([
  "stage",
  "status",
  "placedAt",
  "q",
  "total",
  "currency",
]);
/** Newest first, whatever order the platform sends its pages in (list-walk.ts checks and walks them). */
export const NATIVE_SORTS: ReadonlySet<OrderSort> = new Set<OrderSort>(["placed_desc"]);

export function pageSize(limit: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit) || 1));
}

/** The status codes the query allows (its statuses within its stages), or null when it allows any. */
export function wantedCodes(query: AdapterQuery): string[] | null {
  const stages = query.stages?.length ? query.stages : null;
  if (query.statuses?.length) {
    return stages ? query.statuses.filter((code) => stages.includes(statusOf(code).stage)) : [...query.statuses];
  }
  return stages ? codesOfStages(stages) : null;
}

/** The first page's parameters. `status` takes one code: several are filtered here (matchesQuery). */
export function listParams(query: AdapterQuery): Record<string, string | number> {
  const params: Record<string, string | number> = { page: 1, limit: pageSize(query.limit), ordering: LIST_ORDERING };
  const codes = wantedCodes(query);
  if (codes?.length === 1 && codes[0]) params.status = codes[0];
  if (query.q?.trim()) params.number__icontains = query.q.trim();
  const from = toIsoUtc(query.from);
  const to = toIsoUtc(query.to);
  if (from) params.date_placed__gte = from;
  if (to) params.date_placed__lte = to;
  if (query.minTotal) params.amount__gte = query.minTotal;
  if (query.maxTotal) params.amount__lte = query.maxTotal;
  // Seller Center writes currencies lower-case ("usd").
  if (query.currency) params.currency = query.currency.toLowerCase();
  return params;
}

/** Whether Seller Center's `count` is the number of matching orders (nothing is left to filter here). */
export function countIsTotal(query: AdapterQuery): boolean {
  const codes = wantedCodes(query);
  return codes === null || codes.length === 1;
}

/** The query checked again on each page: several statuses or stages are filtered here, and it costs nothing. */
export function matchesQuery(order: Order, query: AdapterQuery): boolean {
  const codes = wantedCodes(query);
  if (codes && !codes.includes(order.status.code)) return false;
  if (query.stages?.length && !query.stages.includes(order.status.stage)) return false;
  const placed = Date.parse(order.placedAt);
  if (query.from && placed < Date.parse(query.from)) return false;
  if (query.to && placed > Date.parse(query.to)) return false;
  const total = order.totals.total;
  if (query.minTotal && compareDecimal(total.amount, query.minTotal) < 0) return false;
  if (query.maxTotal && compareDecimal(total.amount, query.maxTotal) > 0) return false;
  if (query.currency && total.currency !== query.currency.toUpperCase()) return false;
  if (query.q?.trim() && !order.number.toLowerCase().includes(query.q.trim().toLowerCase())) return false;
  return true;
}

/**
 * A `next` link → the path to request, or a refusal when it leads anywhere but `listPath` on this connection's
 * host. The link is absolute; behind a TLS-terminating proxy Django may write http:// for an https API.
 */
export function followPath(baseUrl: string, link: string, listPath: string): string {
  let next: URL;
  try {
    next = new URL(link);
  } catch {
    throw new PlatformError("bad_response", "Akinon Seller Center: the list position is not a page link");
  }
  const base = new URL(baseUrl);
  const expected = `${base.pathname.replace(/\/+$/, "")}${listPath}`;
  const sameOrigin =
    next.host === base.host &&
    (next.protocol === base.protocol || (next.protocol === "http:" && base.protocol === "https:"));
  if (!sameOrigin || next.pathname !== expected) {
    throw new PlatformError(
      "network",
      `Akinon Seller Center linked to ${next.host}${next.pathname}, which is not this connection's list — not followed`,
    );
  }
  return `${listPath}${next.search}`;
}
