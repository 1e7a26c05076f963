// URL routing the way Django does it: unknown URLs get Django's HTML 404, a missing trailing slash is redirected
// (APPEND_SLASH), then Omnitron's own checks in order: Content-Type, token, method.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { authenticate, login, type TokenStore } from "./auth";
import { bulkStatusUpdate } from "./bulk";
import { cancelOrder } from "./cancel";
import { htmlNotFound, methodNotAllowed, notFound, unsupportedMediaType } from "./errors";
import { listOrders } from "./list";
import { listCancellationReasons } from "./reasons";
import { renderOrder } from "./shapes";
import type { Store } from "./store";
import { patchOrder, patchOrderItem } from "./updates";

export interface Context {
  store: Store;
  tokens: TokenStore;
}

type Handler = (req: SandboxRequest, ctx: Context, id: number) => SandboxResponse;

interface Route {
  pattern: RegExp;
  public?: boolean;
  methods: Record<string, Handler>;
}

const detailOf = (ctx: Context, id: number): SandboxResponse => {
  const order = ctx.store.byId(id);
  return order ? { status: 200, body: renderOrder(order, ctx.store.variant) } : notFound();
};

const itemOf = (ctx: Context, id: number): SandboxResponse => {
  const found = ctx.store.item(id);
  return found ? { status: 200, body: found.item } : notFound();
};

// DRF routers match any lookup value ([^/.]+); a non-numeric id is a plain "Not found.".
const ROUTES: Route[] = [
  { pattern: /^\/api\/i1\/auth\/login\/$/, public: true, methods: { POST: (req, ctx) => login(req, ctx.tokens) } },
  { pattern: /^\/api\/i1\/orders\/$/, methods: { GET: (req, ctx) => listOrders(req, ctx.store) } },
  { pattern: /^\/api\/i1\/orders\/([^/.]+)\/$/, methods: { GET: (_req, ctx, id) => detailOf(ctx, id) } },
  {
    pattern: /^\/api\/i1\/orders\/([^/.]+)\/cancel\/$/,
    methods: { POST: (req, ctx, id) => cancelOrder(req, ctx.store, id) },
  },
  {
    pattern: /^\/api\/i1\/order_items\/bulk_status_update\/$/,
    methods: { PATCH: (req, ctx) => bulkStatusUpdate(req, ctx.store) },
  },
  {
    pattern: /^\/api\/v1\/orders\/([^/.]+)\/$/,
    methods: {
      GET: (_req, ctx, id) => detailOf(ctx, id),
      PATCH: (req, ctx, id) => patchOrder(req, ctx.store, id),
    },
  },
  {
    pattern: /^\/api\/v1\/cancellation_reasons\/$/,
    methods: { GET: (req, ctx) => listCancellationReasons(req, ctx.store) },
  },
  {
    pattern: /^\/api\/v1\/order_items\/([^/.]+)\/$/,
    methods: {
      GET: (_req, ctx, id) => itemOf(ctx, id),
      PATCH: (req, ctx, id) => patchOrderItem(req, ctx.store, id),
    },
  },
];

function match(path: string): { route: Route; id: number } | null {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    const raw = found[1];
    return { route, id: raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN };
  }
  return null;
}

/** Omnitron's stack refuses any request whose Content-Type is not JSON, even a GET without a body (415). */
function contentTypeError(req: SandboxRequest): SandboxResponse | null {
  const header = req.headers["content-type"] ?? "";
  const media = header.split(";")[0]!.trim().toLowerCase();
  return media === "application/json" ? null : unsupportedMediaType(header);
}

export function route(req: SandboxRequest, ctx: Context): SandboxResponse {
  const found = match(req.path);
  if (!found) {
    if (!req.path.endsWith("/") && match(`${req.path}/`)) {
      const search = req.query.toString();
      return { status: 301, headers: { location: `${req.baseUrl}${req.path}/${search ? `?${search}` : ""}` } };
    }
    return htmlNotFound(req.path);
  }
  const mediaError = contentTypeError(req);
  if (mediaError) return mediaError;
  if (!found.route.public) {
    const denied = authenticate(req, ctx.tokens);
    if (denied) return denied;
  }
  const handler = found.route.methods[req.method];
  if (!handler) return methodNotAllowed(req.method, Object.keys(found.route.methods));
  return handler(req, ctx, found.id);
}
