// Reading: the order list with its filters and paging, one order, and the instance's statuses.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { json } from "./errors";
import { paginate, queryBool, queryDate, queryInt, queryPaging } from "./query";
import { renderOrder } from "./render";
import { STATUSES } from "./statuses";
import type { Store } from "./store";
import type { Order } from "./types";

type Predicate = (order: Order) => boolean;

/** Every filter Retailys documents [vendor]; each present one narrows the list (AND). */
function filters(query: URLSearchParams): Predicate[] {
  const tests: Predicate[] = [];
  const add = <T>(value: T | undefined, test: (order: Order, value: T) => boolean) => {
    if (value !== undefined) tests.push((order) => test(order, value));
  };
  add(queryInt(query, "channel_id"), (o, v) => o.channelId === v);
  add(queryInt(query, "company_id"), (o, v) => o.company === v);
  add(queryInt(query, "customer_id"), (o, v) => o.customer === v);
  add(queryBool(query, "done"), (o, v) => o.done === v);
  add(queryBool(query, "canceled"), (o, v) => o.canceled === v);
  add(queryInt(query, "status_id"), (o, v) => o.statusId === v);
  // [assumed] from/to are inclusive bounds on dateOrder.
  add(queryDate(query, "from"), (o, v) => o.dateOrder >= v);
  add(queryDate(query, "to"), (o, v) => o.dateOrder <= v);
  // [assumed] tracking matches one of the order's tracking numbers exactly (case and outer spaces ignored).
  const tracking = query.get("tracking")?.trim().toUpperCase();
  if (tracking) tests.push((o) => o.trackings.some((t) => t.trackingNumber.toUpperCase() === tracking));
  return tests;
}

/** GET /System/Orders → {paginator, orders}. */
export function listOrders(store: Store, req: SandboxRequest): SandboxResponse {
  const paging = queryPaging(req.query);
  const tests = filters(req.query);
  // [assumed] expanded=true on the list expands each order as on the detail.
  const expanded = queryBool(req.query, "expanded") ?? false;
  const listed = store.listed();
  const matching = tests.length === 0 ? listed : listed.filter((o) => tests.every((test) => test(o)));
  const { paginator, rows } = paginate(matching, paging);
  return json(200, { paginator, orders: rows.map((order) => renderOrder(order, expanded, store.variant)) });
}

/** GET /System/Orders/{id}[?expanded=true]. */
export function getOrder(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  return json(200, renderOrder(order, queryBool(req.query, "expanded") ?? false, store.variant));
}

/** GET /System/Orders/Statuses → {paginator, statuses}, paged like the orders. */
export function listStatuses(req: SandboxRequest): SandboxResponse {
  const { paginator, rows } = paginate(STATUSES, queryPaging(req.query));
  return json(200, { paginator, statuses: rows });
}
