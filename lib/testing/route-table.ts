// The expected status of every API route for each kind of caller. app/api/route-table.test.ts fails when a route
// file exists that this table does not list, so a new route cannot ship without deciding who may call it.
// e2e/api-routes.spec.ts runs the same table over HTTP against the production build.
export type Caller = "anonymous" | "manager" | "fulfillment" | "admin";

/** Ids the callers fill in per call: `:user` a throwaway user, `:token` a token of the caller's own, `:connection`
 *  and `:order` an existing connection and one of its orders, `:newConnection` a connection made for this call,
 *  `:job` and `:view` a bulk job and a saved view of the caller's own. */
export interface Refs {
  connection: string;
  order: string;
}

export interface RouteRow {
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** A valid body for the call (so that a 2xx means "allowed", not "validated"). */
  body?: (caller: Caller, refs: Refs) => unknown;
  expect: Record<Caller, number>;
  /** next-auth's handler needs Next's request scope: such rows run over HTTP only (e2e/api-routes.spec.ts runs every row). */
  httpOnly?: true;
  /** An answer that never ends by itself (the event stream): check its status, then cancel its body, never read it. */
  stream?: true;
}

const everyone = (status: number) => ({ manager: status, fulfillment: status, admin: status });
const adminOnly = (status: number) => ({ manager: 403, fulfillment: 403, admin: status });
const actors = (status: number) => ({ manager: 403, fulfillment: status, admin: status });
const signedIn = (status: number) => ({ anonymous: 401, ...everyone(status) });

let sequence = 0;
const unique = (label: string) => `${label} ${Date.now().toString(36)}-${++sequence}`;

// biome-ignore format: a table, one route per line
export const ROUTE_TABLE: RouteRow[] = [
  { file: "app/api/health/route.ts", method: "GET", path: "/api/health", expect: { anonymous: 200, ...everyone(200) } },
  { file: "app/api/me/route.ts", method: "GET", path: "/api/me", expect: signedIn(200) },
  // Only a browser session changes its own password (lib/users/passwords.test.ts): an API token is refused.
  { file: "app/api/me/password/route.ts", method: "POST", path: "/api/me/password", body: () => ({ currentPassword: "route-table-password", newPassword: "a brand new password" }), expect: { anonymous: 401, ...everyone(403) } },
  { file: "app/api/me/locale/route.ts", method: "PUT", path: "/api/me/locale", body: () => ({ locale: null }), expect: signedIn(200) },
  { file: "app/api/users/route.ts", method: "GET", path: "/api/users", expect: { anonymous: 401, ...adminOnly(200) } },
  {
    file: "app/api/users/route.ts",
    method: "POST",
    path: "/api/users",
    body: (caller) => ({ email: `${unique(caller).replace(/\W/g, "")}@example.com`, name: "New", role: "manager", password: "a long password here" }),
    expect: { anonymous: 401, ...adminOnly(201) },
  },
  { file: "app/api/users/[id]/route.ts", method: "PATCH", path: "/api/users/:user", body: () => ({ name: unique("Renamed") }), expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/users/[id]/password/route.ts", method: "POST", path: "/api/users/:user/password", body: () => ({}), expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/tokens/route.ts", method: "GET", path: "/api/tokens", expect: signedIn(200) },
  { file: "app/api/tokens/route.ts", method: "POST", path: "/api/tokens", body: () => ({ name: "ci script", expiresInDays: 30 }), expect: signedIn(201) },
  { file: "app/api/tokens/[id]/route.ts", method: "DELETE", path: "/api/tokens/:token", expect: signedIn(200) },
  { file: "app/api/audit/route.ts", method: "GET", path: "/api/audit?limit=5", expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/platforms/route.ts", method: "GET", path: "/api/platforms", expect: signedIn(200) },
  { file: "app/api/connections/route.ts", method: "GET", path: "/api/connections", expect: signedIn(200) },
  {
    file: "app/api/connections/route.ts",
    method: "POST",
    path: "/api/connections",
    body: () => ({ name: unique("Route table"), platform: "retailys", baseUrl: "http://127.0.0.1:9", credentials: { token: "route-table-token" } }),
    expect: { anonymous: 401, ...adminOnly(201) },
  },
  { file: "app/api/connections/[id]/route.ts", method: "GET", path: "/api/connections/:connection", expect: signedIn(200) },
  { file: "app/api/connections/[id]/route.ts", method: "PATCH", path: "/api/connections/:newConnection", body: () => ({ name: unique("Renamed connection") }), expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/connections/[id]/route.ts", method: "DELETE", path: "/api/connections/:newConnection", expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/connections/[id]/test/route.ts", method: "POST", path: "/api/connections/:connection/test", expect: { anonymous: 401, ...adminOnly(200) } },
  { file: "app/api/connections/[id]/statuses/route.ts", method: "GET", path: "/api/connections/:connection/statuses", expect: signedIn(200) },
  { file: "app/api/orders/route.ts", method: "GET", path: "/api/orders?limit=5", expect: signedIn(200) },
  { file: "app/api/orders/counts/route.ts", method: "GET", path: "/api/orders/counts?stage=pending", expect: signedIn(200) },
  { file: "app/api/events/route.ts", method: "GET", path: "/api/events", stream: true, expect: signedIn(200) },
  { file: "app/api/overview/route.ts", method: "GET", path: "/api/overview?range=30d&tz=Europe/Prague", expect: signedIn(200) },
  { file: "app/api/connections/[id]/sync/route.ts", method: "POST", path: "/api/connections/:connection/sync", expect: signedIn(202) },
  { file: "app/api/orders/export/route.ts", method: "GET", path: "/api/orders/export?connection=:connection", expect: { anonymous: 401, manager: 200, fulfillment: 403, admin: 200 } },
  { file: "app/api/orders/[connectionId]/[orderId]/route.ts", method: "GET", path: "/api/orders/:connection/:order", expect: signedIn(200) },
  {
    file: "app/api/orders/[connectionId]/[orderId]/actions/route.ts",
    method: "POST",
    path: "/api/orders/:connection/:order/actions",
    body: (caller) => ({ type: "add-note", text: `Route table check by ${caller}` }),
    expect: { anonymous: 401, ...actors(200) },
  },
  { file: "app/api/orders/[connectionId]/[orderId]/history/route.ts", method: "GET", path: "/api/orders/:connection/:order/history", expect: signedIn(200) },
  { file: "app/api/bulk-jobs/route.ts", method: "GET", path: "/api/bulk-jobs", expect: { anonymous: 401, ...actors(200) } },
  {
    file: "app/api/bulk-jobs/route.ts",
    method: "POST",
    path: "/api/bulk-jobs",
    body: (_caller, refs) => ({ action: { type: "add-note", text: "bulk route check" }, orders: [{ connectionId: refs.connection, orderId: refs.order }] }),
    expect: { anonymous: 401, ...actors(201) },
  },
  { file: "app/api/bulk-jobs/[id]/route.ts", method: "GET", path: "/api/bulk-jobs/:job", expect: { anonymous: 401, ...actors(200) } },
  { file: "app/api/bulk-jobs/[id]/run/route.ts", method: "POST", path: "/api/bulk-jobs/:job/run", expect: { anonymous: 401, ...actors(202) } },
  { file: "app/api/bulk-jobs/[id]/retry/route.ts", method: "POST", path: "/api/bulk-jobs/:job/retry", expect: { anonymous: 401, ...actors(202) } },
  { file: "app/api/views/route.ts", method: "GET", path: "/api/views", expect: signedIn(200) },
  { file: "app/api/views/route.ts", method: "POST", path: "/api/views", body: () => ({ name: unique("View"), query: "?stage=pending" }), expect: signedIn(201) },
  { file: "app/api/views/[id]/route.ts", method: "PATCH", path: "/api/views/:view", body: () => ({ name: unique("Renamed view") }), expect: signedIn(200) },
  { file: "app/api/views/[id]/route.ts", method: "DELETE", path: "/api/views/:view", expect: signedIn(200) },
  { file: "app/api/preferences/[key]/route.ts", method: "GET", path: "/api/preferences/orders-table", expect: signedIn(200) },
  { file: "app/api/preferences/[key]/route.ts", method: "PUT", path: "/api/preferences/orders-table", body: () => ({ value: { density: "compact" } }), expect: signedIn(200) },
  // next-auth's own endpoints are public by nature (they are how one signs in).
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", path: "/api/auth/providers", httpOnly: true, expect: { anonymous: 200, ...everyone(200) } },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", path: "/api/auth/_log", httpOnly: true, expect: { anonymous: 200, ...everyone(200) } },
  // Unknown API paths answer 404 in the API's error shape, whoever asks.
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method) => ({
    file: "app/api/[...path]/route.ts",
    method,
    path: "/api/no-such-route",
    expect: { anonymous: 404, ...everyone(404) },
  })),
];

/** The route params Next.js would pass for `pathname` to the route file `file` (from its [segments]). */
export function paramsFor(file: string, pathname: string): Record<string, string | string[]> {
  const fileSegments = file
    .replace(/^app\//, "")
    .replace(/\/route\.ts$/, "")
    .split("/");
  const urlSegments = pathname.replace(/^\//, "").split("/");
  const params: Record<string, string | string[]> = {};
  fileSegments.forEach((segment, index) => {
    const rest = /^\[\.\.\.(\w+)\]$/.exec(segment);
    const one = /^\[(\w+)\]$/.exec(segment);
    if (rest) params[rest[1]!] = urlSegments.slice(index);
    else if (one) params[one[1]!] = urlSegments[index] ?? "";
  });
  return params;
}
