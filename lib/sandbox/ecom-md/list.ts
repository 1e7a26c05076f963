// GET /external/external-order/: filters `created_after` (Unix seconds) and `status` (comma list),
// `ordering` by created_at, DRF paging.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { ECOM_ASSUMED, type EcomStatus, normalizeStatus } from "./constants";
import { json } from "./errors";
import { requestLanguage } from "./i18n";
import { isResponse, paginate } from "./paging";
import { renderOrder } from "./render";
import type { EcomStore } from "./store";
import type { OrderRecord } from "./types";

type Filter = (order: OrderRecord) => boolean;

/** django-filter answers a bad value with 400 `{param: [message]}` per parameter. */
function parseFilters(query: URLSearchParams): Filter[] | Record<string, string[]> {
  const filters: Filter[] = [];
  const errors: Record<string, string[]> = {};
  const after = query.get("created_after");
  if (after !== null && after.trim() !== "") {
    if (!/^-?\d+$/.test(after.trim())) errors.created_after = ["Enter a number."];
    else {
      const ms = Number(after.trim()) * 1000;
      filters.push(ECOM_ASSUMED.createdAfterInclusive ? (o) => o.createdAt >= ms : (o) => o.createdAt > ms);
    }
  }
  const status = query.get("status");
  if (status !== null && status.trim() !== "") {
    const wanted = new Set<EcomStatus>();
    for (const raw of status
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      const normalized = normalizeStatus(raw);
      if (normalized === null) {
        errors.status = [`Select a valid choice. ${raw} is not one of the available choices.`];
        break;
      }
      wanted.add(normalized);
    }
    filters.push((o) => wanted.has(o.status));
  }
  return Object.keys(errors).length > 0 ? errors : filters;
}

/** DRF OrderingFilter: the first known term of a comma list wins; unknown terms are ignored. */
function direction(query: URLSearchParams): 1 | -1 {
  const terms = (query.get("ordering") ?? "").split(",").map((t) => t.trim());
  const known = terms.find((t) => t === "created_at" || t === "-created_at") ?? ECOM_ASSUMED.defaultOrdering;
  return known.startsWith("-") ? -1 : 1;
}

export function listOrders(store: EcomStore, req: SandboxRequest): SandboxResponse {
  const filters = parseFilters(req.query);
  if (!Array.isArray(filters)) return json(400, filters);
  const matching = filters.length === 0 ? store.orders.slice() : store.orders.filter((o) => filters.every((f) => f(o)));
  const dir = direction(req.query);
  matching.sort((a, b) => dir * (a.createdAt - b.createdAt || a.id - b.id));
  const lang = requestLanguage(req.headers);
  const page = paginate(req, matching, (o) => renderOrder(o, lang, store.variant));
  return isResponse(page) ? page : json(200, page);
}
