// Test-only: the Seller Center sandbox over real HTTP, a connection to it, and its control API.
// Imported by *.test.ts alone (production code never touches lib/sandbox).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Order } from "../../domain/order";
import { createAkinonSellerCenterSandbox } from "../../sandbox/akinon-seller-center";
import type { RunningSandbox } from "../../sandbox/core/server";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { startTestSandbox } from "../../sandbox/testing";
import { PlatformError } from "../errors";
import type { SetAside } from "../read-each";
import { createUpstream } from "../http";
import type { AdapterContext, AdapterQuery, Connection } from "../types";
import { akinonSellerCenterAdapter as adapter } from "./index";

export const ID = "akinon-seller-center";
const DEMO = SANDBOX_CREDENTIALS[ID];
export const LOGIN = { email: DEMO.email, password: DEMO.password };
export const TOKEN = { accessToken: DEMO.accessToken };

export function startSandbox(tokenTtlSeconds = 3600): Promise<RunningSandbox> {
  return startTestSandbox({ factories: { [ID]: createAkinonSellerCenterSandbox }, count: 60, tokenTtlSeconds });
}

/** A sandbox reading the docs another way (see lib/sandbox/akinon-seller-center/variant.ts). */
export function startVariant(variant: Record<string, unknown>, count = 60): Promise<RunningSandbox> {
  return startTestSandbox({ factories: { [ID]: createAkinonSellerCenterSandbox }, count, variants: { [ID]: variant } });
}

export function connectionTo(sandbox: RunningSandbox, credentials: Record<string, string> = LOGIN): Connection {
  return {
    id: randomUUID(),
    name: "Seller Center test",
    platform: ID,
    baseUrl: sandbox.baseUrl(ID),
    credentials: { ...credentials },
    options: {},
  };
}

export function contextFor(conn: Connection, settings: { timeoutMs?: number; requestsPerSecond?: number } = {}) {
  const upstream = createUpstream({
    connectionId: conn.id,
    platformLabel: adapter.label,
    baseUrl: conn.baseUrl,
    secrets: Object.values(conn.credentials),
    timeoutMs: settings.timeoutMs ?? 10_000,
    requestsPerSecond: settings.requestsPerSecond ?? 500,
    concurrency: 6,
    allowPrivate: true,
  });
  return { upstream } satisfies AdapterContext;
}

export const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({
  sort: "placed_desc",
  limit: 100,
  ...extra,
});

/** Every order of the connection (page after page), and the orders set aside as unreadable. */
export async function walk(conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) {
  const orders: Order[] = [];
  const unreadable: SetAside[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.listOrders(conn, query(extra), cursor, ctx);
    orders.push(...page.orders);
    unreadable.push(...(page.unreadable ?? []));
    cursor = page.next;
    if (++pages > 1000) throw new Error("the list does not end");
  } while (cursor);
  return { orders, unreadable, pages };
}

/** Every order of the connection (page after page). */
export async function allOrders(conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) {
  return (await walk(conn, ctx, extra)).orders;
}

/** The unified list's order: newest first, ties by id descending (lib/orders/ordering.ts). */
export function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort((a, b) =>
    a.placedAt === b.placedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.placedAt < b.placedAt ? 1 : -1,
  );
}

async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`);
  return response;
}

export const setFaults = (sandbox: RunningSandbox, faults: Record<string, unknown>) =>
  control(sandbox, "PUT", `faults/${ID}`, faults);
export const clearFaults = (sandbox: RunningSandbox) => control(sandbox, "DELETE", `faults/${ID}`);
export const resetSandbox = (sandbox: RunningSandbox) => control(sandbox, "POST", "reset", { platform: ID });
export const clearLog = (sandbox: RunningSandbox) => control(sandbox, "DELETE", "requests");

export type Logged = { method: string; path: string; query: string; status: number | "hang" };

export async function loggedRequests(sandbox: RunningSandbox): Promise<Logged[]> {
  const response = await control(sandbox, "GET", `requests?platform=${ID}`);
  return ((await response.json()) as { requests: Logged[] }).requests;
}

/** Whether the platform was asked with this parameter (a filter applied upstream, not here). */
export async function askedWith(sandbox: RunningSandbox, name: string, value: string): Promise<boolean> {
  const log = await loggedRequests(sandbox);
  return log.some((entry) => entry.path === "/api/i1/orders/" && new URLSearchParams(entry.query).get(name) === value);
}

/** The PlatformError a promise rejects with (the test fails if it resolves). */
export function failure(promise: Promise<unknown>): Promise<PlatformError> {
  return promise.then(
    () => {
      throw new Error("expected a PlatformError");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(PlatformError);
      return error as PlatformError;
    },
  );
}
