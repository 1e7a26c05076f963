// DRF PageNumberPagination: `page` (or "last"), `page_size` (default 100, clamped to 5000),
// envelope {count, next, previous, results} with absolute links.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { ECOM_ASSUMED } from "./constants";
import { detail } from "./errors";

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** DRF's `_positive_int(strict=True)`: anything but a positive integer falls back to the default. */
function pageSize(query: URLSearchParams): number {
  const raw = query.get("page_size");
  if (raw === null || !/^\d+$/.test(raw.trim()) || Number(raw) <= 0) return ECOM_ASSUMED.defaultPageSize;
  return Math.min(Number(raw), ECOM_ASSUMED.maxPageSize);
}

/** DRF rebuilds the query sorted by key (`replace_query_param` / `remove_query_param`). */
function link(req: SandboxRequest, page: number | null): string {
  const params = new URLSearchParams(req.query);
  if (page === null) params.delete("page");
  else params.set("page", String(page));
  params.sort();
  const query = params.toString();
  return `${req.baseUrl}${req.path}${query ? `?${query}` : ""}`;
}

/** One page of `items` (already filtered and ordered), or DRF's 404 "Invalid page.". */
export function paginate<T, R>(
  req: SandboxRequest,
  items: readonly T[],
  render: (item: T) => R,
): Page<R> | SandboxResponse {
  const size = pageSize(req.query);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const raw = (req.query.get("page") ?? "1").trim();
  const page = raw === "last" ? pages : /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, "Invalid page.");
  const slice = items.slice((page - 1) * size, page * size);
  return {
    count: items.length,
    next: page < pages ? link(req, page + 1) : null,
    previous: page > 1 ? link(req, page === 2 ? null : page - 1) : null,
    results: slice.map(render),
  };
}

export const isResponse = (value: object): value is SandboxResponse => "status" in value && !("results" in value);
