// The URL table of the ECOM.md external API. Order of checks as in Django + DRF: URL resolution
// (unknown → HTML 404, missing slash → 301), then authentication, then the HTTP method.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { type CredentialKind, authenticate } from "./auth";
import {
  listLocalities,
  listPromoCodes,
  listRegions,
  listSectors,
  listShops,
  searchProducts,
} from "./catalogue-routes";
import { appendSlash, htmlNotFound, methodNotAllowed } from "./errors";
import { listOrders } from "./list";
import { deleteOrderItem, getOrder, getOrderAddress } from "./orders";
import type { EcomStore } from "./store";
import { upsertOrders } from "./upsert";

type Handler = (store: EcomStore, req: SandboxRequest, id: number) => SandboxResponse;

interface Route {
  pattern: RegExp;
  auth: CredentialKind;
  methods: Partial<Record<string, Handler>>;
  /** Answers without the trailing slash too (the vendor writes `/external/external-order/{id}`). */
  slashOptional?: boolean;
}

const ROUTES: readonly Route[] = [
  { pattern: /^\/external\/external-order\/$/, auth: "api", methods: { GET: listOrders, POST: upsertOrders } },
  {
    pattern: /^\/external\/external-order\/(\d+)\/$/,
    auth: "api",
    methods: { GET: getOrder },
    slashOptional: true,
  },
  { pattern: /^\/external\/external-order\/(\d+)\/address\/$/, auth: "api", methods: { GET: getOrderAddress } },
  {
    pattern: /^\/external\/external-order-item\/(\d+)\/$/,
    auth: "api",
    methods: { DELETE: (store, _req, id) => deleteOrderItem(store, id) },
  },
  { pattern: /^\/external\/promocode\/$/, auth: "api", methods: { GET: (_s, req) => listPromoCodes(req) } },
  { pattern: /^\/external\/shop\/$/, auth: "site", methods: { GET: (_s, req) => listShops(req) } },
  { pattern: /^\/external\/region\/$/, auth: "site", methods: { GET: (_s, req) => listRegions(req) } },
  {
    pattern: /^\/external\/region\/(\d+)\/locality\/$/,
    auth: "site",
    methods: { GET: (_s, req, id) => listLocalities(req, id) },
  },
  { pattern: /^\/external\/sector\/$/, auth: "site", methods: { GET: (_s, req) => listSectors(req) } },
  { pattern: /^\/external\/product\/$/, auth: "site", methods: { GET: (_s, req) => searchProducts(req) } },
];

function dispatch(store: EcomStore, req: SandboxRequest, route: Route, match: RegExpExecArray): SandboxResponse {
  const refused = authenticate(req, route.auth);
  if (refused) return refused;
  const method = req.method === "HEAD" ? "GET" : req.method;
  const handler = route.methods[method];
  if (!handler) return methodNotAllowed(req.method, Object.keys(route.methods));
  return handler(store, req, Number(match[1] ?? 0));
}

export function route(store: EcomStore, req: SandboxRequest): SandboxResponse {
  for (const entry of ROUTES) {
    const match = entry.pattern.exec(req.path);
    if (match) return dispatch(store, req, entry, match);
  }
  if (!req.path.endsWith("/")) {
    const withSlash = `${req.path}/`;
    for (const entry of ROUTES) {
      const match = entry.pattern.exec(withSlash);
      if (!match) continue;
      if (entry.slashOptional) return dispatch(store, req, entry, match);
      const query = req.query.toString();
      return appendSlash(`${req.baseUrl}${withSlash}${query ? `?${query}` : ""}`);
    }
  }
  return htmlNotFound();
}
