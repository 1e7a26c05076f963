// The expected status of every API route for each kind of caller. route-table.test.ts fails when a route
// file exists that this table does not list, so a new route cannot ship without deciding who may call it.
export type Caller = "anonymous" | "manager" | "fulfillment" | "admin";

export interface RouteRow {
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The URL path; `:user`, `:token` are filled with ids the fixture creates. */
  path: string;
  /** A valid body for the call (so that a 2xx means "allowed", not "validated"). Built per caller. */
  body?: (caller: Caller) => unknown;
  expect: Record<Caller, number>;
  /** next-auth's handler needs Next's request scope: such rows run over HTTP only (e2e/api-routes.spec.ts runs every row). */
  httpOnly?: true;
}

const everyone = (status: number) => ({ manager: status, fulfillment: status, admin: status });
const adminOnly = (status: number) => ({ manager: 403, fulfillment: 403, admin: status });

let sequence = 0;

export const ROUTE_TABLE: RouteRow[] = [
  { file: "app/api/health/route.ts", method: "GET", path: "/api/health", expect: { anonymous: 200, ...everyone(200) } },
  { file: "app/api/me/route.ts", method: "GET", path: "/api/me", expect: { anonymous: 401, ...everyone(200) } },
  { file: "app/api/users/route.ts", method: "GET", path: "/api/users", expect: { anonymous: 401, ...adminOnly(200) } },
  {
    file: "app/api/users/route.ts",
    method: "POST",
    path: "/api/users",
    body: (caller) => ({ email: `new-${caller}-${++sequence}@example.com`, name: "New", role: "manager", password: "a long password here" }),
    expect: { anonymous: 401, ...adminOnly(201) },
  },
  {
    file: "app/api/users/[id]/route.ts",
    method: "PATCH",
    path: "/api/users/:user",
    body: () => ({ name: `Renamed ${++sequence}` }),
    expect: { anonymous: 401, ...adminOnly(200) },
  },
  { file: "app/api/tokens/route.ts", method: "GET", path: "/api/tokens", expect: { anonymous: 401, ...everyone(200) } },
  {
    file: "app/api/tokens/route.ts",
    method: "POST",
    path: "/api/tokens",
    body: () => ({ name: "ci script", expiresInDays: 30 }),
    expect: { anonymous: 401, ...everyone(201) },
  },
  { file: "app/api/tokens/[id]/route.ts", method: "DELETE", path: "/api/tokens/:token", expect: { anonymous: 401, ...everyone(200) } },
  { file: "app/api/audit/route.ts", method: "GET", path: "/api/audit?limit=5", expect: { anonymous: 401, ...adminOnly(200) } },
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
