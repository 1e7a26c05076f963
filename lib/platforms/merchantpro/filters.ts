// Orderdeck's AdapterQuery → MerchantPro's list parameters. No filter is declared native: shipping_status
// takes ONE value and created_after/created_before take DATES (in the shop's time zone), so none maps
// exactly onto Orderdeck's filters. They are still sent whenever they can only narrow the read (a single
// wanted status; a date window widened by a slack), and the orders service re-checks every filter.
import type { Stage } from "../../domain/order";
import type { AdapterQuery, OrderFilterKey, OrderSort } from "../types";
import { MERCHANTPRO_ASSUMED } from "./assumed";
import { FALLBACK_STAGE, SHIPPING_STATUSES, stageOf } from "./statuses";

export const FILTERS: ReadonlySet<OrderFilterKey> = new Set<OrderFilterKey>();
export const SORTS: ReadonlySet<OrderSort> = new Set<OrderSort>(["placed_desc", "placed_asc"]);

/** Paging [seed]: limit may not exceed 100. */
export const MAX_LIMIT = 100;

export interface ListParams {
  query: Record<string, string | number>;
  /** The filters can match nothing (e.g. a status outside the chosen stages): skip the call. */
  empty: boolean;
}

/**
 * The one shipping status every wanted order must have, "none" when no order can match, or null when
 * the wanted set is not a single status. Exact: an order's stage is stageOf(its code), and an unknown
 * code's stage is FALLBACK_STAGE, so a stage without it is made of known codes only.
 */
export function wantedStatus(statuses?: readonly string[], stages?: readonly Stage[]): string | "none" | null {
  const byStage = (code: string) => !stages?.length || stages.includes(stageOf(code));
  if (statuses?.length) {
    const codes = [...new Set(statuses.map((code) => code.trim()))].filter(byStage);
    return codes.length === 0 ? "none" : codes.length === 1 ? (codes[0] ?? null) : null;
  }
  if (!stages?.length || stages.includes(FALLBACK_STAGE)) return null;
  const codes = SHIPPING_STATUSES.filter(byStage);
  return codes.length === 0 ? "none" : codes.length === 1 ? (codes[0] ?? null) : null;
}

/**
 * An instant's calendar date in the shop's time zone, moved by `days`, as YYYY-MM-DD (null when the instant
 * does not parse). MerchantPro: created_after/created_before take a DATE, and a date is the shop's.
 */
export function shiftedDate(instant: string | undefined, days: number, timeZone: string): string | null {
  const ms = instant ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) return null;
  // en-CA writes dates as YYYY-MM-DD.
  const local = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const [year, month, day] = local.format(ms).split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** Our cursor is the `start` offset of the next page (decimal digits); anything else starts over. */
export function decodeCursor(cursor: string | null): number {
  return cursor && /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0;
}

export function pageSize(limit: number): number {
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit) || MAX_LIMIT));
}

/** `timeZone`: the shop's (the connection's option, else Romania's), in which the date filters are dates. */
export function listParams(q: AdapterQuery, start: number, timeZone: string): ListParams {
  const query: Record<string, string | number> = {
    start,
    limit: pageSize(q.limit),
    include: "line_items",
    // Sorts by total are not offered; newest first then, and the orders service merges by its own key.
    sort: q.sort === "placed_asc" ? "date_created" : "date_created.desc",
  };
  const status = wantedStatus(q.statuses, q.stages);
  if (status === "none") return { query, empty: true };
  if (status !== null) query.shipping_status = status;
  const slack = MERCHANTPRO_ASSUMED.dateBoundSlackDays;
  const after = shiftedDate(q.from, -slack, timeZone);
  const before = shiftedDate(q.to, slack, timeZone);
  if (after) query.created_after = after;
  if (before) query.created_before = before;
  return { query, empty: false };
}

/** The next page's start: from the platform's relative `meta.links.next`, else after what came back. */
export function nextStart(next: string | null | undefined, start: number, received: number): number | null {
  if (!next || received === 0) return null;
  const fromLink = new URL(next, "http://merchantpro.invalid").searchParams.get("start");
  const linked = fromLink && /^\d+$/.test(fromLink) ? Number(fromLink) : null;
  return linked !== null && linked > start ? linked : start + received;
}
