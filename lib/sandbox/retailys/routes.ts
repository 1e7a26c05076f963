// The Retailys routes under /v1/System/Orders. Statuses is matched before /{id}: it is not an order id.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { requireToken } from "./auth";
import { createOrder } from "./create";
import { updateDelivery } from "./delivery";
import { HttpError, notFound } from "./errors";
import { addItem, deleteItem, editItem } from "./items";
import { getOrder, listOrders, listStatuses } from "./list";
import { addHistory, addTracking } from "./notes";
import type { Store } from "./store";
import { type FlagAction, flagAction, markPaid, setStatus } from "./workflow";

type Handler = (store: Store, req: SandboxRequest, params: string[]) => SandboxResponse;

const p = (params: string[], index: number): string => params[index] ?? "";

const ROUTES: readonly (readonly [method: string, path: RegExp, handler: Handler])[] = [
  ["GET", /^$/, (store, req) => listOrders(store, req)],
  ["POST", /^$/, (store, req) => createOrder(store, req)],
  ["PUT", /^$/, (store, req) => updateDelivery(store, req)],
  ["GET", /^\/Statuses$/, (_store, req) => listStatuses(req)],
  ["GET", /^\/([^/]+)$/, (store, req, params) => getOrder(store, req, p(params, 0))],
  ["POST", /^\/([^/]+)\/item$/, (store, req, params) => addItem(store, req, p(params, 0))],
  ["PUT", /^\/([^/]+)\/item$/, (store, req, params) => editItem(store, req, p(params, 0))],
  ["DELETE", /^\/([^/]+)\/item\/([^/]+)$/, (store, _req, params) => deleteItem(store, p(params, 0), p(params, 1))],
  ["PATCH", /^\/([^/]+)\/status$/, (store, req, params) => setStatus(store, req, p(params, 0))],
  ["PATCH", /^\/([^/]+)\/paid$/, (store, req, params) => markPaid(store, req, p(params, 0))],
  [
    "PATCH",
    /^\/([^/]+)\/(sent|delivered|done|cancel)$/,
    (store, _req, params) => flagAction(store, p(params, 0), p(params, 1) as FlagAction),
  ],
  ["POST", /^\/([^/]+)\/tracking$/, (store, req, params) => addTracking(store, req, p(params, 0))],
  ["POST", /^\/([^/]+)\/history$/, (store, req, params) => addHistory(store, req, p(params, 0))],
];

const PREFIX = "/v1/System/Orders";

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function dispatch(store: Store, req: SandboxRequest): SandboxResponse {
  requireToken(req);
  // [assumed] A trailing slash is tolerated.
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, "") : req.path;
  const rest = path.startsWith(PREFIX) ? path.slice(PREFIX.length) : null;
  if (rest === null || (rest !== "" && !rest.startsWith("/")))
    throw notFound("Not found.", `No endpoint ${req.method} ${req.path}.`);
  let pathMatched = false;
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(rest);
    if (!match) continue;
    pathMatched = true;
    if (method === req.method) return handler(store, req, match.slice(1).map(decode));
  }
  if (pathMatched) throw new HttpError(405, "Method not allowed.", `${req.method} is not supported on ${req.path}.`);
  throw notFound("Not found.", `No endpoint ${req.method} ${req.path}.`);
}

export function handle(store: Store, req: SandboxRequest): SandboxResponse {
  try {
    return dispatch(store, req);
  } catch (error) {
    if (error instanceof HttpError) return error.toResponse();
    throw error;
  }
}
