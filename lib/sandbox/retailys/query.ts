// Query parameters (snake_case [vendor]); a malformed value is refused with 400 naming the parameter.
import { PER_PAGE_DEFAULT, PER_PAGE_MAX, PER_PAGE_MIN } from "./constants";
import { parseIsoWithOffset } from "./dates";
import { badRequest } from "./errors";

/** [assumed] An empty value (`?channel_id=`) counts as not sent. */
function raw(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === "" ? undefined : value;
}

export function queryInt(query: URLSearchParams, name: string): number | undefined {
  const value = raw(query, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw badRequest(`Query parameter '${name}' must be a positive integer.`, `Got '${value}'.`);
  return Number(value);
}

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const value = raw(query, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw badRequest(`Query parameter '${name}' must be a boolean.`, `Use true, false, 1 or 0; got '${value}'.`);
}

export function queryDate(query: URLSearchParams, name: string): number | undefined {
  const value = raw(query, name);
  if (value === undefined) return undefined;
  const ms = parseIsoWithOffset(value);
  if (ms === null)
    throw badRequest(
      `Query parameter '${name}' must be an ISO-8601 date-time with an offset.`,
      `Example: 2019-12-01T08:15:30+01:00 (encode '+' as %2B); got '${value}'.`,
    );
  return ms;
}

export interface Paging {
  page: number;
  perPage: number;
}

export function queryPaging(query: URLSearchParams): Paging {
  const page = queryInt(query, "page") ?? 1;
  if (page < 1) throw badRequest("Query parameter 'page' must be at least 1.", `Got ${page}.`);
  const perPage = queryInt(query, "per_page") ?? PER_PAGE_DEFAULT;
  if (perPage < PER_PAGE_MIN || perPage > PER_PAGE_MAX)
    throw badRequest(
      `Query parameter 'per_page' must be between ${PER_PAGE_MIN} and ${PER_PAGE_MAX}.`,
      `Got ${perPage}.`,
    );
  return { page, perPage };
}

export function paginate<T>(rows: readonly T[], { page, perPage }: Paging) {
  const total = rows.length;
  return {
    paginator: { page, perPage, pages: Math.ceil(total / perPage), total },
    rows: rows.slice((page - 1) * perPage, page * perPage),
  };
}
