// GET /api/v2/orders: filters, sort, start/limit paging and the {data, meta: {count, links}} envelope
// with RELATIVE links, exactly as the seed's examples show them.
import type { SandboxResponse } from "../core/types";
import { API_PREFIX, DEFAULT_LIMIT, MAX_LIMIT, REFUSE_OUT_OF_RANGE_LIMIT } from "./constants";
import { mpError } from "./errors";
import { FILTERS, type Predicate } from "./filters";
import { parseFields, project } from "./projection";
import type { Store } from "./store";
import type { Entry } from "./types";
import { DEFAULT_VARIANT, reshape, type Variant } from "./variant";

const PATH = `${API_PREFIX}/orders`;
const CONTROL_KEYS = new Set(["start", "limit", "fields", "include", "sort"]);
const INCLUDES = new Set(["line_items"]);

/** The seed's links keep commas readable (`ids=1,2,3&fields=id,total_amount`); everything else is percent-encoded. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ",");
}

function link(params: [string, string][]): string {
  return params.length === 0
    ? PATH
    : `${PATH}?${params.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&")}`;
}

function nonNegativeInt(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

const SORTS: Record<string, (a: Entry, b: Entry) => number> = {
  date_created: (a, b) => a.createdMs - b.createdMs || a.order.id - b.order.id,
  "date_created.desc": (a, b) => b.createdMs - a.createdMs || b.order.id - a.order.id,
};

export function listOrders(store: Store, query: URLSearchParams, variant: Variant = DEFAULT_VARIANT): SandboxResponse {
  const predicates: Predicate[] = [];
  for (const [key, value] of query) {
    if (CONTROL_KEYS.has(key)) continue;
    const factory = FILTERS[key];
    if (!factory) return mpError(400, "undefined_filter", `Undefined filter: ${key}.`);
    if (value === "") continue; // [assumed] an empty filter value filters nothing
    const predicate = factory(value);
    if (typeof predicate === "string") return mpError(400, "invalid_parameter", predicate);
    predicates.push(predicate);
  }

  const start = nonNegativeInt(query.get("start"), 0);
  if (start === null) return mpError(400, "invalid_parameter", "Parameter start must be a non-negative integer.");
  let limit = nonNegativeInt(query.get("limit"), DEFAULT_LIMIT);
  if (limit === null || limit < 1 || limit > MAX_LIMIT) {
    if (REFUSE_OUT_OF_RANGE_LIMIT || limit === null) {
      return mpError(400, "invalid_parameter", `Parameter limit must be an integer from 1 to ${MAX_LIMIT}.`);
    }
    limit = Math.min(Math.max(limit, 1), MAX_LIMIT);
  }

  const includes = parseFields(query.get("include")) ?? [];
  const unknownInclude = includes.find((name) => !INCLUDES.has(name));
  if (unknownInclude)
    return mpError(400, "invalid_parameter", `Cannot include "${unknownInclude}"; available: line_items.`);
  const sortKey = query.get("sort");
  const sort = sortKey === null ? undefined : SORTS[sortKey];
  if (sortKey !== null && !sort) {
    return mpError(400, "invalid_parameter", `Cannot sort by "${sortKey}"; use date_created or date_created.desc.`);
  }

  // [assumed] without `sort` the list is by id ascending (as the seed's examples list), the store's own order.
  let matches =
    predicates.length === 0 ? store.entries : store.entries.filter((entry) => predicates.every((p) => p(entry)));
  if (sort) matches = [...matches].sort(sort);
  const fields = parseFields(query.get("fields"));
  const lines = includes.includes("line_items") ? "always" : "never";
  const data = matches
    .slice(start, start + limit)
    .map((entry) => reshape(project(entry.order, fields, lines), variant));

  const params = [...query];
  const rest = params.filter(([key]) => key !== "start" && key !== "limit");
  const page = (at: number) => link([["start", String(at)], ["limit", String(limit)], ...rest]);
  return {
    status: 200,
    body: {
      data,
      meta: {
        count: { total: matches.length, current: data.length, start, limit },
        links: {
          prev: start > 0 ? page(Math.max(0, start - limit)) : null,
          current: link(params),
          next: start + limit < matches.length ? page(start + limit) : null,
        },
      },
    },
  };
}
