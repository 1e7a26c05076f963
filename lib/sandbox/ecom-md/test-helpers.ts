// Shared bits of the ecom-md contract tests: a sandbox for a test file, the demo credentials as headers and a
// JSON fetch.
import type { SandboxConfig } from "../core/server";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { sandboxForTests } from "../test-hooks";
import type { EcomStatus } from "./constants";
import { createEcomMdSandbox } from "./index";

const creds = SANDBOX_CREDENTIALS["ecom-md"];

export const API = { "API-Token": creds.apiToken } as const;
export const SITE = { token: creds.siteToken } as const;
export const JSON_API = { ...API, "Content-Type": "application/json" } as const;

export interface OrderJson {
  id: number;
  status: string;
  created_at: string;
  total_price: string;
  delivery_price: string;
  discount: string;
  shop: number;
  customer: {
    name: string;
    phone: string;
    address: { id: number; sector: { id: number } | null; address: string } | null;
  };
  payment: { transaction_id: string | null; promo_code: string | null };
  order_items: {
    id: number;
    product: { id: number; name: string };
    quantity: number;
    price: string;
    loyalty_price: string | null;
    order_status: string;
  }[];
}

export interface PageJson<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export async function getJson<T>(
  url: string,
  headers: Record<string, string> = API,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as T };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = JSON_API) {
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as unknown };
}

/** Decimal string → integer cents, for totals checks. */
export const cents = (text: string): number => Math.round(Number(text) * 100);

/** Every order of the list, walking `next` links. */
export async function allOrders(base: string, query = ""): Promise<OrderJson[]> {
  const out: OrderJson[] = [];
  let url: string | null = `${base}/external/external-order/?page_size=1000${query ? `&${query}` : ""}`;
  while (url) {
    const page: { body: PageJson<OrderJson> } = await getJson<PageJson<OrderJson>>(url);
    out.push(...page.body.results);
    url = page.body.next;
  }
  return out;
}

export const readOrder = async (base: string, id: number) =>
  (await getJson<OrderJson>(`${base}/external/external-order/${id}`)).body;

let nextOrderId = 800_000;
/** A fresh two-item order in `status`, created through the upsert (which accepts any starting status). */
export async function orderIn(base: string, status: EcomStatus): Promise<OrderJson> {
  const id = nextOrderId++;
  const created = await post(`${base}/external/external-order/`, [
    {
      order_id: id,
      shop: 3,
      order_items: [
        { product: 104401, quantity: 1, order_status: status },
        { product: 104532, quantity: 2, order_status: status },
      ],
      address: {
        address_ro: "bd. Moscova 14/1, ap. 7",
        region_id: 101,
        locality_id: 63933,
        sector: 11,
        zip_code: 2068,
      },
    },
  ]);
  if (created.status !== 200) throw new Error(`creating an order in ${status} failed: ${JSON.stringify(created.body)}`);
  return readOrder(base, id);
}

/** An ECOM.md sandbox (60 orders) for the tests of one file, and its base URL once it runs. */
export function ecomMdForTests(config: Partial<SandboxConfig> = {}) {
  const sandbox = sandboxForTests({ factories: { "ecom-md": createEcomMdSandbox }, count: 60, ...config });
  return { sandbox, base: () => sandbox.baseUrl("ecom-md") };
}
