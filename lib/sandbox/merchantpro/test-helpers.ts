// Shared by the merchantpro test files: a sandbox over real HTTP and a small authenticated client.
import type { RunningSandbox } from "../core/server";
import type { PlatformOptions } from "../core/types";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { startForTests } from "../test-hooks";
import { startTestSandbox } from "../testing";
import { createMerchantProSandbox } from "./index";

const { apiKey, apiSecret } = SANDBOX_CREDENTIALS.merchantpro;
export const AUTH = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString("base64")}`;

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
export type Json = any;

export interface Reply {
  status: number;
  headers: Headers;
  body: Json;
}

export interface Client {
  sandbox: RunningSandbox;
  base: string;
  request(
    method: string,
    path: string,
    options?: { body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<Reply>;
  get(path: string): Promise<Reply>;
  patch(path: string, body?: unknown): Promise<Reply>;
  /** Every order, walking the pages (include=line_items unless told otherwise). */
  all(query?: string): Promise<Json[]>;
}

/** Starts the sandbox with only this platform; `clock` replaces Date.now for dates and the auth lockout. */
export async function startMerchantPro(
  options: { clock?: () => number; seed?: number; count?: number; variant?: Record<string, unknown> } = {},
): Promise<Client> {
  const factory = (platformOptions: PlatformOptions) =>
    createMerchantProSandbox(platformOptions, { clock: options.clock });
  const sandbox = await startTestSandbox({
    factories: { merchantpro: factory },
    count: options.count ?? 60,
    seed: options.seed ?? 42,
    now: Date.parse("2026-03-15T00:00:00Z"),
    ...(options.variant ? { variants: { merchantpro: options.variant } } : {}),
  });
  const base = sandbox.baseUrl("merchantpro");
  const request: Client["request"] = async (method, path, { body, raw, headers } = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { accept: "application/json", authorization: AUTH, "content-type": "application/json", ...headers },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
  };
  return {
    sandbox,
    base,
    request,
    get: (path) => request("GET", path),
    patch: (path, body) => request("PATCH", path, { body }),
    async all(query = "include=line_items") {
      const orders: Json[] = [];
      let next: string | null = `/api/v2/orders?start=0&limit=100&${query}`;
      while (next) {
        const reply = await request("GET", next);
        orders.push(...reply.body.data);
        next = reply.body.meta.links.next;
      }
      return orders;
    },
  };
}

/** A MerchantPro client (a sandbox of its own) for the tests of one file or describe block. */
export function merchantProForTests(options: Parameters<typeof startMerchantPro>[0] = {}): Client {
  return startForTests(
    () => startMerchantPro(options),
    (mp) => mp.sandbox.stop(),
  );
}
