// The order endpoints of MerchantPro API v2, at the paths the shop's own domain serves them.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { isHandler, runHandler } from "./actions";
import type { BasicAuth } from "./auth";
import { API_PREFIX } from "./constants";
import { methodNotAllowed, mpError, notFound } from "./errors";
import { listOrders } from "./list";
import { parseFields, project } from "./projection";
import type { Store } from "./store";
import { reshape, type Variant } from "./variant";
import { createOrder, updateOrder } from "./write";

export interface Context {
  store: Store;
  auth: BasicAuth;
  clock: () => number;
  /** Which reading of the docs the wire shows (variant.ts). */
  variant: Variant;
}

function getOne(ctx: Context, id: string, query: URLSearchParams): SandboxResponse {
  const entry = ctx.store.get(id);
  if (!entry) return notFound(id);
  const fields = parseFields(query.get("fields"));
  return { status: 200, body: project(entry.order, fields, fields === null ? "always" : "if-listed") };
}

/** An answer carrying one order (PATCH, POST), in the variant's reading. */
function shaped(ctx: Context, res: SandboxResponse): SandboxResponse {
  if (res.status !== 200 || typeof res.body !== "object" || res.body === null) return res;
  return { ...res, body: reshape(res.body as Record<string, unknown>, ctx.variant) };
}

export function route(ctx: Context, req: SandboxRequest): SandboxResponse {
  // [assumed] a trailing slash names the same resource.
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, "") : req.path;
  if (!path.startsWith(`${API_PREFIX}/`)) return mpError(404, "not_found", `No resource at ${path}.`);
  const refused = ctx.auth.check(req.headers);
  if (refused) return refused;

  const [resource, id, handler, ...extra] = path.slice(API_PREFIX.length + 1).split("/");
  if (resource !== "orders" || extra.length > 0) return mpError(404, "not_found", `No resource at ${path}.`);
  const method = req.method.toUpperCase();

  if (id === undefined) {
    if (method === "GET") return listOrders(ctx.store, req.query, ctx.variant);
    if (method === "POST") return shaped(ctx, createOrder(ctx.store, req.body, ctx.clock()));
    return methodNotAllowed(method, path, ["GET", "POST"]);
  }
  if (handler === undefined) {
    if (method === "GET") return shaped(ctx, getOne(ctx, id, req.query));
    const entry = ctx.store.get(id);
    if (method === "PATCH") {
      return entry ? shaped(ctx, updateOrder(ctx.store, entry.order, req.body, ctx.clock())) : notFound(id);
    }
    if (method === "DELETE") {
      if (!entry) return notFound(id);
      ctx.store.remove(entry.order.id);
      return { status: 200, body: { ok: true } };
    }
    return methodNotAllowed(method, path, ["GET", "PATCH", "DELETE"]);
  }
  if (!isHandler(handler)) return mpError(404, "not_found", `Unknown order handler "${handler}".`);
  if (method !== "PATCH") return methodNotAllowed(method, path, ["PATCH"]);
  const entry = ctx.store.get(id);
  return entry ? runHandler(ctx.store, entry.order, handler, ctx.clock()) : notFound(id);
}
