// Shared by the Retailys sandbox tests: a tiny fetch client with the demo key, and the wire shapes they read.
import { SANDBOX_CREDENTIALS } from "../credentials";

export const TOKEN = SANDBOX_CREDENTIALS.retailys.token;

export interface WireItem {
  id: number;
  article: string;
  name: string;
  count: number;
  ordered: number;
  waitingCount: number;
  note: string | null;
  price: { basePrice: number; finalPrice: number; vat: number; vatValue: number; currency: string };
  priceOriginal: number;
}

export interface WireOrder {
  id: number;
  customer: number | null;
  company: number | null;
  channel: { id: number; apiLink: string; name?: string };
  dateOrder: string;
  dateMaturity: string | null;
  email: string;
  name: string;
  city: string;
  zip: string;
  phone: string | null;
  stateCode: string;
  deliveryName: string;
  deliveryCity: string;
  deliveryStreet: string;
  deliveryZip: string;
  orderCurrencyCode: string;
  currencyRate: number;
  money: number;
  paid: number;
  datePaid: string | null;
  items: WireItem[];
  weight: number;
  shipping: { name: string; price: number } | null;
  payment: { name: string; price: number } | null;
  trackings: { shipperId: number; trackingNumber: string; trackingUrl: string | null }[];
  sent: boolean;
  delivered: boolean;
  done: boolean;
  canceled: boolean;
  status: number;
  history?: { id: number; type: string; date: string; record: { name: string; status: string } }[];
}

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
