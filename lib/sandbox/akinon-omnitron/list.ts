// GET /api/i1/orders/ — django-filter filters, DRF's OrderingFilter (`ordering`) and PageNumberPagination
// (`page`, `limit`), with the `{count, next, previous, results}` envelope and absolute next/previous links.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { CHANNELS } from "./catalog";
import { detail, validation } from "./errors";
import { filterBoolean, filterDateTime } from "./fields";
import { renderOrder } from "./shapes";
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
function readLimit(text: string | null, max: number): number {
  if (text === null || !/^\s*\+?\d+\s*$/.test(text)) return Math.min(DEFAULT_LIMIT, max);
  const limit = Number(text);
  return limit <= 0 ? Math.min(DEFAULT_LIMIT, max) : Math.min(limit, max);
}

// [assumed] OrderingFilter.ordering_fields of the order list; DRF drops any other term without a word.
const ORDERING_FIELDS: Record<string, (store: Store, order: Order) => number | string> = {
  date_placed: (store, order) => store.placed.get(order)!,
  id: (_store, order) => order.id,
  number: (_store, order) => order.number,
};

/** The matches in the order the view gives them (Store.orders is newest first, the default ordering). */
function ordered(matches: Order[], req: SandboxRequest, store: Store): Order[] {
  const { listOrder } = store.variant;
  if (listOrder === "oldest-first") return matches.reverse();
  // A view with no ordering at all: Postgres hands rows over in whatever order it finds them.
  if (listOrder === "shuffled") return matches.sort((a, b) => scramble(a.id) - scramble(b.id) || a.id - b.id);
  const terms = (req.query.get("ordering") ?? "")
    .split(",")
    .map((term) => term.trim())
    .filter((term) => ORDERING_FIELDS[term.replace(/^-/, "")]);
  if (terms.length === 0) return matches;
  return matches.sort((a, b) => {
    for (const term of terms) {
      const key = ORDERING_FIELDS[term.replace(/^-/, "")]!;
      const [x, y] = [key(store, a), key(store, b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      if (order !== 0) return term.startsWith("-") ? -order : order;
    }
    return 0;
  });
}

/** A fixed pseudo-random rank per id (Knuth's multiplicative hash). */
const scramble = (id: number) => Math.imul(id, 2_654_435_761) >>> 0;

/** DRF's replace_query_param / remove_query_param: the other parameters kept, sorted by name. */
function pageUrl(req: SandboxRequest, store: Pick<Store, "variant">, page: number | null): string {
  const params = [...req.query.entries()].filter(([key]) => key !== "page");
  if (page !== null) params.push(["page", String(page)]);
  const sorted = params.map((entry, index) => [entry, index] as const);
  sorted.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
  const search = new URLSearchParams(sorted.map(([entry]) => entry)).toString();
  // Django builds absolute links from the Host it was given: behind a proxy, another host (variant.nextHost).
  return `${store.variant.nextHost ?? req.baseUrl}${req.path}${search ? `?${search}` : ""}`;
}

export function listOrders(req: SandboxRequest, store: Store): SandboxResponse {
  const predicates = readFilters(req.query);
  if (!Array.isArray(predicates)) return predicates;
  const filtered = store.orders.filter((order) => {
    const placed = store.placed.get(order)!;
    return predicates.every((test) => test(order, placed));
  });
  const matches = ordered(filtered, req, store);
  return paginated(req, store, matches, (order) => renderOrder(order, store.variant));
}

/** DRF's PageNumberPagination over `items`: `page` (or "last") and `limit`, 404 "Invalid page." outside. */
export function paginated<T>(
  req: SandboxRequest,
  store: Pick<Store, "variant">,
  items: readonly T[],
  render: (item: T) => unknown,
): SandboxResponse {
  const limit = readLimit(req.query.get("limit"), store.variant.maxPageSize ?? MAX_LIMIT);
  const pages = Math.max(1, Math.ceil(items.length / limit));
  const pageText = req.query.get("page") ?? "1";
  const page = pageText === "last" ? pages : /^\d+$/.test(pageText) ? Number(pageText) : Number.NaN;
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, "Invalid page.");

  const results = items.slice((page - 1) * limit, page * limit);
  return {
    status: 200,
    body: {
      count: items.length,
      next: page < pages ? pageUrl(req, store, page + 1) : null,
      previous: page > 1 ? pageUrl(req, store, page === 2 ? null : page - 1) : null,
      results: results.map(render),
    },
  };
}
