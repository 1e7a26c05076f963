// The order list's URL, both ways: the URL's search params → the list query (parsed by the same zod schema
// the API uses), and the query → one canonical search string (fixed key order, defaults left out), which is
// the list's URL, its API request and its cache key alike. No React here: the server page uses it too.
import { type OrderListQuery, orderListQuery } from "@/lib/domain/query";

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_SORT = "placed_desc";
export const DEFAULT_LIMIT = 50;

const LIST_KEYS = ["connection", "stage", "status"] as const;
const SCALAR_KEYS = ["q", "from", "to", "minTotal", "maxTotal", "currency", "erp", "sort", "limit", "cursor"] as const;

/**
 * The URL's search params → the list query. A bad parameter (a hand-edited link) is dropped on its own,
 * so the rest of the link still opens the view it describes.
 */
export function parseOrderListSearch(params: URLSearchParams): OrderListQuery {
  const input: Record<string, string | string[]> = {};
  for (const key of LIST_KEYS) {
    const values = params.getAll(key);
    if (values.length > 0) input[key] = values;
  }
  for (const key of SCALAR_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== "") input[key] = value;
  }
  for (let attempt = 0; attempt < 12; attempt++) {
    const parsed = orderListQuery.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
  }
  return orderListQuery.parse({});
}

const encodeList = (values: readonly string[]) => values.map(encodeURIComponent).join(",");

/** The canonical search string (no "?"): fixed key order, defaults left out, lists as "a,b". */
export function orderListSearch(query: Partial<OrderListQuery>): string {
  const parts: string[] = [];
  for (const key of LIST_KEYS) {
    const values = query[key];
    if (values && values.length > 0) parts.push(`${key}=${encodeList(values)}`);
  }
  for (const key of SCALAR_KEYS) {
    const value = query[key];
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === DEFAULT_SORT) continue;
    if (key === "limit" && value === DEFAULT_LIMIT) continue;
    parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.join("&");
}
