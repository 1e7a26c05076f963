// GET /api/i1/orders/ — django-filter filters and DRF PageNumberPagination (`page`, `limit`), with the
// `{count, next, previous, results}` envelope and absolute next/previous links.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { CHANNELS } from "./catalog";
import { detail, validation } from "./errors";
import { filterBoolean, filterDateTime } from "./fields";
import type { Store } from "./store";
import { isStatusCode, type Order } from "./types";

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100; // [assumed] PageNumberPagination.max_page_size; larger limits are clamped, as DRF does

const DATE_LOOKUPS = {
  date_placed__gte: (placed: number, bound: number) => placed >= bound,
  date_placed__gt: (placed: number, bound: number) => placed > bound,
  date_placed__lte: (placed: number, bound: number) => placed <= bound,
  date_placed__lt: (placed: number, bound: number) => placed < bound,
} as const;

type Predicate = (order: Order, placed: number) => boolean;

/** The filters of the query, or the 400 django-filter gives for a value its form field refuses. */
function readFilters(query: URLSearchParams): Predicate[] | SandboxResponse {
  const predicates: Predicate[] = [];
  const errors: Record<string, string[]> = {};
  // Empty values mean "no filter" in django-filter, so every read skips "".
  const value = (name: string) => query.get(name) || null;

  const isSend = value("is_send");
  // is_send is a NullBooleanField: an unknown value ("yes", "2") silently does not filter.
  const sent = isSend === null ? null : filterBoolean(isSend);
  if (sent !== null) predicates.push((order) => order.is_send === sent);

  const status = value("status");
  if (status !== null) {
    if (isStatusCode(status)) predicates.push((order) => order.status === status);
    else errors.status = [`Select a valid choice. ${status} is not one of the available choices.`];
  }

  const number = value("number");
  if (number !== null) predicates.push((order) => order.number === number);

  const channel = value("channel");
  if (channel !== null) {
    // [assumed] filter by channel id, as a ModelChoiceFilter does
    if (CHANNELS.some(([known]) => String(known.id) === channel)) {
      predicates.push((order) => String(order.channel?.id) === channel);
    } else errors.channel = ["Select a valid choice. That choice is not one of the available choices."];
  }

  for (const [name, test] of Object.entries(DATE_LOOKUPS)) {
    const text = value(name);
    if (text === null) continue;
    const bound = filterDateTime(text);
    if (bound === null) errors[name] = ["Enter a valid date/time."];
    else predicates.push((_order, placed) => test(placed, bound));
  }
  return Object.keys(errors).length > 0 ? validation(errors) : predicates;
}

/** DRF's _positive_int(strict=True, cutoff=max): anything not a positive integer falls back to the default. */
function readLimit(text: string | null): number {
  if (text === null || !/^\s*\+?\d+\s*$/.test(text)) return DEFAULT_LIMIT;
  const limit = Number(text);
  return limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
}

/** DRF's replace_query_param / remove_query_param: the other parameters kept, sorted by name. */
function pageUrl(req: SandboxRequest, page: number | null): string {
  const params = [...req.query.entries()].filter(([key]) => key !== "page");
  if (page !== null) params.push(["page", String(page)]);
  const sorted = params.map((entry, index) => [entry, index] as const);
  sorted.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
  const search = new URLSearchParams(sorted.map(([entry]) => entry)).toString();
  return `${req.baseUrl}${req.path}${search ? `?${search}` : ""}`;
}

export function listOrders(req: SandboxRequest, store: Store): SandboxResponse {
  const predicates = readFilters(req.query);
  if (!Array.isArray(predicates)) return predicates;
  const matches = store.orders.filter((order) => {
    const placed = store.placed.get(order)!;
    return predicates.every((test) => test(order, placed));
  });

  const limit = readLimit(req.query.get("limit"));
  const pages = Math.max(1, Math.ceil(matches.length / limit));
  const pageText = req.query.get("page") ?? "1";
  const page = pageText === "last" ? pages : /^\d+$/.test(pageText) ? Number(pageText) : Number.NaN;
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, "Invalid page.");

  const results = matches.slice((page - 1) * limit, page * limit);
  return {
    status: 200,
    body: {
      count: matches.length,
      next: page < pages ? pageUrl(req, page + 1) : null,
      previous: page > 1 ? pageUrl(req, page === 2 ? null : page - 1) : null,
      results,
    },
  };
}
