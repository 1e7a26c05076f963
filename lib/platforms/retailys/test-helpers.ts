// Test-only helpers (never imported by the adapter): a Retailys sandbox, connections, contexts, fault knobs.

import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { createRetailysSandbox } from "../../sandbox/retailys";
import { startTestSandbox } from "../../sandbox/testing";
import { isPlatformError } from "../errors";
import { createUpstream } from "../http";
import type { Upstream, UpstreamRequest } from "../http";
import type { AdapterContext, AdapterQuery, Connection } from "../types";
import { retailysAdapter } from "./index";

export const TOKEN = SANDBOX_CREDENTIALS.retailys.token;

export const startRetailysSandbox = (): Promise<RunningSandbox> =>
  startTestSandbox({ factories: { retailys: createRetailysSandbox }, count: 60 });

let serial = 0;

export function connectionFor(
  sandbox: RunningSandbox,
  overrides: { token?: string; baseUrl?: string; options?: Connection["options"] } = {},
): Connection {
  return {
    id: `retailys-test-${++serial}`,
    name: "Retailys test",
    platform: "retailys",
    baseUrl: overrides.baseUrl ?? sandbox.baseUrl("retailys"),
    credentials: { token: overrides.token ?? TOKEN },
    options: overrides.options ?? {},
  };
}

export function contextFor(conn: Connection, extra: { timeoutMs?: number; maxRetries?: number } = {}): AdapterContext {
  const upstream = createUpstream({
    connectionId: conn.id,
    platformLabel: "Retailys",
    baseUrl: conn.baseUrl,
    secrets: Object.values(conn.credentials),
    timeoutMs: extra.timeoutMs ?? 10_000,
    requestsPerSecond: 100,
    concurrency: 6,
    allowPrivate: true,
    ...(extra.maxRetries === undefined ? {} : { maxRetries: extra.maxRetries }),
  });
  return { upstream };
}

export const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({
  sort: "placed_desc",
  limit: 50,
  ...extra,
});

/** Every order the adapter lists for a query, following its cursors. */
export async function allOrders(
  conn: Connection,
  ctx: AdapterContext,
  q: Partial<AdapterQuery> = {},
): Promise<Order[]> {
  const orders: Order[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await retailysAdapter.listOrders(conn, query({ limit: 100, ...q }), cursor, ctx);
    orders.push(...page.orders);
    cursor = page.next;
    if (!cursor) return orders;
  }
  throw new Error("too many pages");
}

async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json();
}

export const setFaults = (sandbox: RunningSandbox, faults: Record<string, unknown>) =>
  control(sandbox, "PUT", "/faults/retailys", faults);
export const clearFaults = (sandbox: RunningSandbox) => control(sandbox, "DELETE", "/faults/retailys");
export const resetSandbox = (sandbox: RunningSandbox) => control(sandbox, "POST", "/reset", { platform: "retailys" });

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number | string;
}

export async function loggedRequests(sandbox: RunningSandbox): Promise<LoggedRequest[]> {
  const body = (await control(sandbox, "GET", "/requests?platform=retailys")) as { requests: LoggedRequest[] };
  return body.requests;
}

/** The kind and message of the PlatformError `promise` rejects with. */
export async function failure(promise: Promise<unknown>): Promise<{ kind: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    if (!isPlatformError(error)) return { kind: "crash", message: String(error) };
    return { kind: error.kind, message: error.message, status: error.details.status };
  }
  throw new Error("expected a failure");
}

/**
 * A connection whose upstream answers from `answer` (no HTTP), for payloads no sandbox serves: the statuses
 * route gets an empty list, every other request the JSON `answer` returns for it.
 */
export function cannedConnection(
  answer: (req: UpstreamRequest) => unknown,
  options: Connection["options"] = {},
): { conn: Connection; ctx: AdapterContext; requests: UpstreamRequest[] } {
  const conn: Connection = {
    id: `retailys-canned-${++serial}`,
    name: "Retailys canned",
    platform: "retailys",
    baseUrl: "https://api.retailys.com",
    credentials: { token: "t" },
    options,
  };
  const requests: UpstreamRequest[] = [];
  const upstream: Upstream = {
    connectionId: conn.id,
    timings: [],
    addSecret: () => {},
    async request(req) {
      requests.push(req);
      const body = req.path.endsWith("/Statuses") ? { statuses: [] } : answer(req);
      const text = JSON.stringify(body);
      return { status: 200, headers: new Headers(), text, durationMs: 0, json: () => JSON.parse(text) };
    },
  };
  return { conn, ctx: { upstream }, requests };
}
