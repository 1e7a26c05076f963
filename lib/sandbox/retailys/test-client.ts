// Shared by the Retailys sandbox tests: a tiny fetch client with the demo key, the wire shapes they read, and a
// sandbox for the tests of one file.
import type { RunningSandbox } from "../core/server";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { startForTests } from "../test-hooks";
import { startTestSandbox } from "../testing";
import { createRetailysSandbox } from "./index";
import type { WireOrder } from "./wire";

export type { WireOrder } from "./wire";

export const TOKEN = SANDBOX_CREDENTIALS.retailys.token;

export interface OrderPage {
  paginator: { page: number; perPage: number; pages: number; total: number };
  orders: WireOrder[];
}

export interface ErrorBody {
  message: string;
  detail: string;
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** `baseUrl`: the platform's base URL, or a function giving it once the sandbox runs. */
export function retailysClient(baseUrl: string | (() => string)) {
  const base = typeof baseUrl === "string" ? () => baseUrl : baseUrl;
  return async function call<T = ErrorBody>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { token: TOKEN },
  ): Promise<Reply<T>> {
    const response = await fetch(`${base()}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  };
}

export type Call = ReturnType<typeof retailysClient>;

/** Every order of a small sandbox, newest first (one page of 250). */
export async function allOrders(call: Call, query = ""): Promise<WireOrder[]> {
  const reply = await call<OrderPage>("GET", `/v1/System/Orders?per_page=250${query}`);
  if (reply.status !== 200) throw new Error(`list failed: ${reply.status}`);
  return reply.body.orders;
}

/** Money is compared in cents so float noise never decides a test. */
export const cents = (value: number): number => Math.round(value * 100);

/**
 * A Retailys sandbox of 60 orders for the tests of one file, with its client. `unlimited` lifts the documented
 * 100/s limit (tested in auth.test.ts) for files that fire bursts; `all()` is every order as listed at the start,
 * newest first, and `pick` hands each test its own one of them.
 */
export function retailysForTests(options: { unlimited?: boolean } = {}) {
  const started = startForTests(
    async (): Promise<{ sandbox: RunningSandbox; all: WireOrder[] }> => {
      const sandbox = await startTestSandbox({ factories: { retailys: createRetailysSandbox }, count: 60 });
      if (options.unlimited) await fetch(`${sandbox.url}/_sandbox/faults/retailys`, { method: "PUT", body: "{}" });
      return { sandbox, all: await allOrders(retailysClient(sandbox.baseUrl("retailys"))) };
    },
    ({ sandbox }) => sandbox.stop(),
  );
  const call = retailysClient(() => started.sandbox.baseUrl("retailys"));
  const taken = new Set<number>();
  return {
    sandbox: () => started.sandbox,
    call,
    all: () => started.all,
    /** The ids `pick` has handed out. */
    taken: taken as ReadonlySet<number>,
    /** A fresh order (not used by another test of the file) in the wanted state. */
    pick(test: (order: WireOrder) => boolean): WireOrder {
      const order = started.all.find((o) => !taken.has(o.id) && test(o));
      if (!order) throw new Error("no order in that state");
      taken.add(order.id);
      return order;
    },
    /** The order as GET ?expanded=true answers it now. */
    expanded: async (id: number) => (await call<WireOrder>("GET", `/v1/System/Orders/${id}?expanded=true`)).body,
  };
}
