// Test-only: the Omnitron sandbox over real HTTP, a connection to it, and its control API.
// Imported by *.test.ts alone (production code never touches lib/sandbox).
import { randomUUID } from "node:crypto";
import type { Order } from "../../domain/order";
import { createAkinonOmnitronSandbox } from "../../sandbox/akinon-omnitron";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import type { RunningSandbox } from "../../sandbox/core/server";
import { startTestSandbox } from "../../sandbox/testing";
import { createUpstream } from "../http";
import type { SetAside } from "../read-each";
import type { AdapterContext, AdapterQuery, Connection } from "../types";
import { akinonOmnitronAdapter as adapter } from "./index";

export const ID = "akinon-omnitron";

/** The sandbox with `count` generated orders (the seed's two come on top) and, optionally, one of its variants. */
export function startSandbox(
  tokenTtlSeconds = 3600,
  setup: { count?: number; variant?: Record<string, unknown> } = {},
): Promise<RunningSandbox> {
  return startTestSandbox({
    factories: { [ID]: createAkinonOmnitronSandbox },
    count: setup.count ?? 60,
    tokenTtlSeconds,
    variants: { [ID]: setup.variant ?? {} },
  });
}

export function connectionTo(
  sandbox: RunningSandbox,
  overrides: { credentials?: Record<string, string>; options?: Connection["options"] } = {},
): Connection {
  return {
    id: randomUUID(),
    name: "Omnitron test",
    platform: ID,
    baseUrl: sandbox.baseUrl(ID),
    credentials: overrides.credentials ?? { ...SANDBOX_CREDENTIALS[ID] },
    options: overrides.options ?? {},
  };
}

export function contextFor(conn: Connection, settings: { timeoutMs?: number; requestsPerSecond?: number } = {}) {
  const upstream = createUpstream({
    connectionId: conn.id,
    platformLabel: adapter.label,
    baseUrl: conn.baseUrl,
    secrets: Object.values(conn.credentials),
    timeoutMs: settings.timeoutMs ?? 10_000,
    requestsPerSecond: settings.requestsPerSecond ?? 200,
    concurrency: 5,
    allowPrivate: true,
  });
  return { upstream } satisfies AdapterContext;
}

export const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({
  sort: "placed_desc",
  limit: 100,
  ...extra,
});

/** Every order of the connection (page after page), in the order the adapter gives them. */
export async function allOrders(conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) {
  return (await walk(conn, ctx, extra)).orders;
}

/** The whole walk: every order, the orders set aside, and how many pages it took. */
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
    if (++pages > 500) throw new Error("the walk does not end");
  } while (cursor);
  return { orders, unreadable, pages };
}

export async function setFaults(sandbox: RunningSandbox, faults: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sandbox.url}/_sandbox/faults/${ID}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`faults: ${response.status} ${await response.text()}`);
}

export async function clearFaults(sandbox: RunningSandbox): Promise<void> {
  await fetch(`${sandbox.url}/_sandbox/faults/${ID}`, { method: "DELETE" });
}

export async function resetSandbox(sandbox: RunningSandbox): Promise<void> {
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: "POST", body: "{}" });
}

type Logged = { method: string; path: string; query: string };

export async function loggedRequests(sandbox: RunningSandbox): Promise<Logged[]> {
  const response = await fetch(`${sandbox.url}/_sandbox/requests?platform=${ID}`);
  return ((await response.json()) as { requests: Logged[] }).requests;
}

/** Whether the platform was asked with this parameter (a filter applied upstream, not here). */
export async function askedWith(sandbox: RunningSandbox, name: string, value: string): Promise<boolean> {
  const log = await loggedRequests(sandbox);
  return log.some((entry) => new URLSearchParams(entry.query).get(name) === value);
}

export const itemStatuses = (order: Order) => order.lines.map((line) => line.status?.code);
