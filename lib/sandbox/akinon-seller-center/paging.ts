// DRF's PageNumberPagination as Seller Center configures it: `page` (from 1, or "last") and `limit`
// (page_size_query_param), envelope {count, next, previous, results} with ABSOLUTE links.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./constants";
import { detail } from "./errors";

/** DRF's _positive_int(strict=True, cutoff=max_page_size): 0, negatives and non-integers fall back to the default. */
function pageSize(query: URLSearchParams): number {
  const raw = query.get("limit");
  if (raw === null || !/^\s*\+?\d+\s*$/.test(raw)) return DEFAULT_PAGE_SIZE;
  const size = Number(raw.trim());
  return size === 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
}

/** Python's urllib.parse.quote_plus. */
function quotePlus(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** DRF's replace_query_param / remove_query_param: the query is re-encoded with its keys SORTED. */
function linkWithPage(req: SandboxRequest, page: number | null): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of req.query) {
    if (key === "page") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  if (page !== null) grouped.set("page", [String(page)]);
  const query = [...grouped.keys()]
    .sort()
    .flatMap((key) => (grouped.get(key) ?? []).map((value) => `${quotePlus(key)}=${quotePlus(value)}`))
    .join("&");
  return `${req.baseUrl}${req.path}${query ? `?${query}` : ""}`;
}

export function paginate<T>(
  records: readonly T[],
  req: SandboxRequest,
  toWire: (record: T) => unknown,
): SandboxResponse {
  const size = pageSize(req.query);
  const count = records.length;
  const pages = Math.max(1, Math.ceil(count / size));
  const raw = req.query.get("page") || "1";
  const page = raw === "last" ? pages : /^\s*[+-]?\d+\s*$/.test(raw) ? Number(raw.trim()) : Number.NaN;
  // Django's Paginator raises InvalidPage for non-integers, < 1 and past the end; DRF turns it into 404.
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, "Invalid page.");
  const results = records.slice((page - 1) * size, page * size).map(toWire);
  return {
    status: 200,
    body: {
      count,
      next: page < pages ? linkWithPage(req, page + 1) : null,
      // DRF drops `page` from the link back to the first page.
      previous: page > 1 ? linkWithPage(req, page === 2 ? null : page - 1) : null,
      results,
    },
  };
}
