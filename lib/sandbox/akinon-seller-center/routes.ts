// URL routing and the request pipeline. Order of checks, as Django + DRF run them:
//   1. URL resolution (Django): unknown path → HTML 404; a known path without its trailing slash → 301 (APPEND_SLASH);
//   2. content negotiation (first step of DRF's APIView.initial): Accept without JSON → 406;
//   3. authentication (next step of initial): → 401;
//   4. Content-Type: Seller Center demands application/json on every request, GET included → 415. DRF's own
//      parser check would only fire when a view reads the body, i.e. after authentication, so it goes here [assumed];
//   5. method dispatch → 405; then the view (filters → 400, paging → 404, lookups → 404).
import type { PlatformOptions, SandboxRequest, SandboxResponse } from "../core/types";
import { rejectItem } from "./actions";
import { authenticate, obtainToken, refreshToken } from "./auth";
import { API_PREFIX } from "./constants";
import { fieldErrors, methodNotAllowed, notAcceptable, notFound, unsupportedMediaType, urlNotFound } from "./errors";
import { buildFilters, type FilterSpec } from "./filters";
import { addressFilters, itemFilters, orderFilters, planFilters } from "./filtersets";
import { acceptsJson, unsupportedContentType } from "./headers";
import type { Clock } from "./jwt";
import { paginate } from "./paging";
import { orderList } from "./ordering";
import { parseUuid } from "./parse";
import type { Presenters } from "./shapes";
import type { Store } from "./store";
import type { AddressRecord, ItemRecord, OrderRecord, PlanRecord } from "./types";
import type { SellerCenterVariant } from "./variant";

interface Route {
  /** DRF's view name (shown by OPTIONS) */
  name: string;
  methods: readonly string[];
  auth: boolean;
  run(req: SandboxRequest): SandboxResponse;
}

interface Resource<R> {
  label: string;
  records: readonly R[];
  byId: ReadonlyMap<string, R>;
  filters: readonly FilterSpec<R>[];
  /** The record as this reading of the docs sends it (shapes.ts). */
  present(record: R): unknown;
  /** The list's order (the order list's default order and `?ordering=`); the stored order otherwise. */
  order?(records: readonly R[], query: URLSearchParams): readonly R[];
}

const READ_ONLY = ["GET", "HEAD"] as const;

function list<R extends { wire: unknown }>(resource: Resource<R>, req: SandboxRequest): SandboxResponse {
  const built = buildFilters(resource.filters, req.query);
  if (built.errors) return fieldErrors(built.errors);
  const { tests } = built;
  const matching =
    tests.length === 0 ? resource.records : resource.records.filter((r) => tests.every((test) => test(r)));
  const ordered = resource.order ? resource.order(matching, req.query) : matching;
  return paginate(ordered, req, (record) => resource.present(record));
}

function resourceRoutes<R extends { wire: unknown }>(resource: Resource<R>, rest: string[]): Route | null {
  const [id, extra] = rest;
  if (id === undefined) {
    return { name: `${resource.label} List`, methods: READ_ONLY, auth: true, run: (req) => list(resource, req) };
  }
  if (extra !== undefined) return null;
  // DRF's retrieve route of a ReadOnlyModelViewSet; the seed documents only the lists [assumed].
  return {
    name: `${resource.label} Instance`,
    methods: READ_ONLY,
    auth: true,
    run: () => {
      const record = resource.byId.get(parseUuid(id) ?? "");
      return record ? { status: 200, body: resource.present(record) } : notFound();
    },
  };
}

export interface Reading {
  variant: SellerCenterVariant;
  shapes: Presenters;
}

export function createRouter(store: Store, options: PlatformOptions, clock: Clock, reading: Reading) {
  const { variant, shapes } = reading;
  const resources = {
    orders: {
      label: "Order",
      records: store.orders,
      byId: store.ordersById,
      filters: orderFilters(),
      present: shapes.order,
      order: (records, query) => orderList(records, query, variant),
    } satisfies Resource<OrderRecord>,
    "order-items": {
      label: "Order Item",
      records: store.items,
      byId: store.itemsById,
      filters: itemFilters(store, variant),
      present: shapes.item,
    } satisfies Resource<ItemRecord>,
    "cancellation-plans": {
      label: "Cancellation Plan",
      records: store.plans,
      byId: store.plansById,
      filters: planFilters(store),
      present: shapes.plan,
    } satisfies Resource<PlanRecord>,
    "customer-addresses": {
      label: "Customer Address",
      records: store.addresses,
      byId: store.addressesById,
      filters: addressFilters(variant),
      present: shapes.address,
    } satisfies Resource<AddressRecord>,
  };

  /** Matches a path that ends with "/" (Django's URL patterns here all do). */
  function match(path: string): Route | null {
    if (!path.startsWith(`${API_PREFIX}/`) || !path.endsWith("/")) return null;
    const [segment, ...rest] = path.slice(API_PREFIX.length + 1, -1).split("/");
    if (rest.some((part) => part === "")) return null;
    if (segment === "token" && rest.length === 1 && (rest[0] === "obtain" || rest[0] === "refresh")) {
      const issue = rest[0] === "obtain" ? obtainToken : refreshToken;
      const name = rest[0] === "obtain" ? "Token Obtain Pair" : "Token Refresh";
      return { name, methods: ["POST"], auth: false, run: (req) => issue(req.body, options.tokenTtlSeconds, clock) };
    }
    if (segment === "order-items" && rest.length === 2 && rest[1] === "reject") {
      const id = rest[0] ?? "";
      return {
        name: "Reject",
        methods: ["POST"],
        auth: true,
        run: (req) => rejectItem(store, id, req.body, clock(), !variant.itemOnlyStamps),
      };
    }
    if (segment === "orders") return resourceRoutes(resources.orders, rest);
    if (segment === "order-items") return resourceRoutes(resources["order-items"], rest);
    if (segment === "cancellation-plans") return resourceRoutes(resources["cancellation-plans"], rest);
    if (segment === "customer-addresses") return resourceRoutes(resources["customer-addresses"], rest);
    return null;
  }

  return function handle(req: SandboxRequest): SandboxResponse {
    const route = match(req.path);
    if (!route) {
      if (!req.path.endsWith("/") && match(`${req.path}/`)) {
        const query = req.query.toString();
        return { status: 301, headers: { location: `${req.baseUrl}${req.path}/${query ? `?${query}` : ""}` } };
      }
      return urlNotFound();
    }
    if (!acceptsJson(req.headers)) return notAcceptable();
    if (route.auth) {
      const refused = authenticate(req.headers, clock);
      if (refused) return refused;
    }
    const contentType = unsupportedContentType(req.headers);
    if (contentType !== null) return unsupportedMediaType(contentType);
    const allowed = [...route.methods, "OPTIONS"];
    if (req.method === "OPTIONS") {
      const body = { name: route.name, description: "", renders: ["application/json"], parses: ["application/json"] };
      return { status: 200, body, headers: { allow: allowed.join(", ") } };
    }
    if (!route.methods.includes(req.method)) return methodNotAllowed(req.method, allowed);
    return route.run(req);
  };
}
