// Shared set-up for this platform's contract tests: a real HTTP sandbox, a logged-in client, typed reads.

import type { RunningSandbox, SandboxConfig } from "../core/server";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { startForTests } from "../test-hooks";
import { startTestSandbox } from "../testing";
import { createAkinonOmnitronSandbox } from "./index";
import type { Order, OrderItem } from "./types";

export const ID = "akinon-omnitron";
export const CREDENTIALS = SANDBOX_CREDENTIALS[ID];
export const JSON_HEADERS = { "content-type": "application/json" };

export interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: Order[];
}

export interface Client {
  sandbox: RunningSandbox;
  base: string;
  token: string;
  /** A request with the JSON Content-Type and the token; `body` is JSON-encoded. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
  get<T = unknown>(path: string): Promise<T>;
  list(query?: string): Promise<Page>;
  order(id: number): Promise<Order>;
  item(id: number): Promise<OrderItem>;
  /** Every order, walking the pages with the largest limit. */
  all(query?: string): Promise<Order[]>;
}

export async function loginKey(base: string): Promise<string> {
  const response = await fetch(`${base}/api/i1/auth/login/`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ username: CREDENTIALS.username, password: CREDENTIALS.password }),
  });
  const body = (await response.json()) as { key: string };
  return body.key;
}

export async function startClient(overrides: Partial<SandboxConfig> = {}): Promise<Client> {
  const sandbox = await startTestSandbox({ factories: { [ID]: createAkinonOmnitronSandbox }, count: 60, ...overrides });
  const base = sandbox.baseUrl(ID);
  const token = await loginKey(base);
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { ...JSON_HEADERS, authorization: `Token ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const get = async <T>(path: string): Promise<T> => {
    const response = await call("GET", path);
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const list = (query = "") => get<Page>(`/api/i1/orders/${query ? `?${query}` : ""}`);
  return {
    sandbox,
    base,
    token,
    call,
    get,
    list,
    order: (id) => get<Order>(`/api/i1/orders/${id}/`),
    item: (id) => get<OrderItem>(`/api/v1/order_items/${id}/`),
    async all(query = "") {
      const orders: Order[] = [];
      for (let page = 1; ; page++) {
        const chunk = await list(`${query ? `${query}&` : ""}limit=100&page=${page}`);
        orders.push(...chunk.results);
        if (!chunk.next) return orders;
      }
    },
  };
}

/** A logged-in client of an Omnitron sandbox (60 orders unless `overrides` say) for the tests of one file. */
export function omnitronForTests(overrides: Partial<SandboxConfig> = {}): Client {
  return startForTests(
    () => startClient(overrides),
    (client) => client.sandbox.stop(),
  );
}

export type Picker = (test: (order: Order) => boolean) => Promise<Order>;

/** Hands each test its own generated order whose items all share the order's status and that fits `test`. */
export function picker(client: Client): Picker {
  const taken = new Set<number>();
  return async (test) => {
    const found = (await client.all()).find(
      (order) =>
        order.id > 2 &&
        !taken.has(order.id) &&
        order.orderitem_set.every((item) => item.status === order.status) &&
        test(order),
    );
    if (!found) throw new Error("no order in the generated data fits this test");
    taken.add(found.id);
    return found;
  };
}
