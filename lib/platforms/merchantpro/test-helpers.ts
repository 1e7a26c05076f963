// Test-only: the MerchantPro sandbox over real HTTP, a connection to it, and its control API.
// Imported by *.test.ts alone (production code never touches lib/sandbox).
import { randomUUID } from "node:crypto";
import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { createMerchantProSandbox } from "../../sandbox/merchantpro";
import { startTestSandbox } from "../../sandbox/testing";
import { expect } from "vitest";
import { PlatformError } from "../errors";
import { createUpstream } from "../http";
import type { AdapterContext, AdapterQuery, Connection } from "../types";
import { merchantProAdapter as adapter } from "./index";

export const ID = "merchantpro";

export function startSandbox(): Promise<RunningSandbox> {
  return startTestSandbox({ factories: { [ID]: createMerchantProSandbox }, count: 60 });
}

export function connectionTo(sandbox: RunningSandbox, credentials?: Record<string, string>): Connection {
  return {
    id: randomUUID(),
    name: "MerchantPro test",
    platform: ID,
    baseUrl: sandbox.baseUrl(ID),
    credentials: credentials ?? { ...SANDBOX_CREDENTIALS[ID] },
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
    requestsPerSecond: settings.requestsPerSecond ?? 200,
    concurrency: adapter.limits.concurrency,
    allowPrivate: true,
  });
  return { upstream } satisfies AdapterContext;
}

/** A fresh connection and its context. */
export function connect(sandbox: RunningSandbox, settings?: { timeoutMs?: number; requestsPerSecond?: number }) {
  const conn = connectionTo(sandbox);
  return { conn, ctx: contextFor(conn, settings) };
}

export const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({
  sort: "placed_desc",
  limit: 100,
  ...extra,
});

/** Every order of the connection (page after page), with the total the platform reported. */
export async function allOrders(conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) {
  const orders: Order[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  let pages = 0;
  do {
    const page = await adapter.listOrders(conn, query(extra), cursor, ctx);
    orders.push(...page.orders);
    total ??= page.total;
    cursor = page.next;
    pages++;
  } while (cursor && pages < 200);
  return Object.assign(orders, { total, pages });
}

async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export const setFaults = (sandbox: RunningSandbox, faults: Record<string, unknown>) =>
  control(sandbox, "PUT", `faults/${ID}`, faults);
export const clearFaults = (sandbox: RunningSandbox) => control(sandbox, "DELETE", `faults/${ID}`);
export const resetSandbox = (sandbox: RunningSandbox) => control(sandbox, "POST", "reset", { platform: ID });
export const clearLog = (sandbox: RunningSandbox) => control(sandbox, "DELETE", "requests");

export interface Logged {
  method: string;
  path: string;
  query: string;
  status: number | "hang";
}

export async function loggedRequests(sandbox: RunningSandbox): Promise<Logged[]> {
  return ((await control(sandbox, "GET", `requests?platform=${ID}`)) as { requests: Logged[] }).requests;
}

/** The query parameters of every logged request. */
export async function loggedParams(sandbox: RunningSandbox): Promise<URLSearchParams[]> {
  return (await loggedRequests(sandbox)).map((entry) => new URLSearchParams(entry.query));
}

/** The PlatformError a promise rejects with (fails the test if it resolves or throws something else). */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a PlatformError");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(PlatformError);
      return error as PlatformError;
    },
  );
