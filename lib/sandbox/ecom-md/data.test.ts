// The generated data: deterministic per seed, realistic spread, totals that add up, fast list pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import type { SandboxRequest } from "../core/types";
import { startTestSandbox } from "../testing";
import { ECOM_STATUSES } from "./constants";
import { createEcomMdSandbox } from "./index";
import { allOrders, cents, type OrderJson } from "./test-helpers";

let a: RunningSandbox;
let b: RunningSandbox;
let c: RunningSandbox;

beforeAll(async () => {
  const factories = { "ecom-md": createEcomMdSandbox };
  const now = Date.UTC(2026, 2, 15);
  [a, b, c] = await Promise.all([
    startTestSandbox({ factories, count: 60, now }),
    startTestSandbox({ factories, count: 60, now }),
    startTestSandbox({ factories, count: 60, now, seed: 7 }),
  ]);
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), c.stop()]);
});

const goods = (o: OrderJson) => o.order_items.reduce((s, i) => s + cents(i.loyalty_price ?? i.price) * i.quantity, 0);

describe("ecom-md generated data", () => {
  it("is the same for the same seed and differs for another", async () => {
    const first = await allOrders(a.baseUrl("ecom-md"));
    expect(await allOrders(b.baseUrl("ecom-md"))).toEqual(first);
    const other = await allOrders(c.baseUrl("ecom-md"));
    expect(other.map((o) => o.customer.name)).not.toEqual(first.map((o) => o.customer.name));
  });

  it("has totals that add up: Σ unit × quantity + delivery − discount", async () => {
    for (const order of await allOrders(a.baseUrl("ecom-md"))) {
      expect(order.order_items.length).toBeGreaterThanOrEqual(1);
      expect(order.order_items.length).toBeLessThanOrEqual(6);
      expect(cents(order.total_price)).toBe(goods(order) + cents(order.delivery_price) - cents(order.discount));
      expect(order.total_price).toMatch(/^\d+\.\d\d$/);
    }
  });

  it("spreads 250 orders over all 17 statuses, most of them done or closed, within 120 days", () => {
    const platform = createEcomMdSandbox({ seed: 42, count: 250, now: Date.UTC(2026, 2, 15), tokenTtlSeconds: 3600 });
    const res = platform.handle(request("page_size=1000"));
    const orders = (res as { body: { results: OrderJson[] } }).body.results;
    expect(orders).toHaveLength(251);
    const counts = new Map<string, number>();
    for (const o of orders) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...ECOM_STATUSES].sort());
    const closed =
      (counts.get("done") ?? 0) + (counts.get("completed_and_closed") ?? 0) + (counts.get("changed_and_closed") ?? 0);
    expect(closed / orders.length).toBeGreaterThan(0.4);
    const oldest = Math.min(...orders.map((o) => Date.parse(o.created_at)));
    expect(oldest).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 15) - 121 * 86_400_000);
    for (const o of orders) expect(o.customer.phone).toMatch(/^\+373[67]\d{7}$/);
  });
});

function request(query: string): SandboxRequest {
  return {
    method: "GET",
    path: "/external/external-order/",
    query: new URLSearchParams(query),
    headers: { "api-token": "ecom-sandbox-api-token-7f3a" },
    rawBody: "",
    body: undefined,
    baseUrl: "http://127.0.0.1/ecom-md",
  };
}
