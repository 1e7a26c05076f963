// Shared by the Retailys sandbox tests: a tiny fetch client with the demo key, and the wire shapes they read.
import { SANDBOX_CREDENTIALS } from "../credentials";
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

export function retailysClient(baseUrl: string) {
  return async function call<T = ErrorBody>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { token: TOKEN },
  ): Promise<Reply<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
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
