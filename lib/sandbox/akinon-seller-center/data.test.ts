// The generated data: deterministic per seed, totals that add up, statuses and plans that agree,
// Turkish customers; and the core's fault injection rendered in Seller Center's (Django's) style.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCents } from "../core/money";
import type { RunningSandbox } from "../core/server";
import { orderStatusFromItems } from "./lifecycle";
import { SEED_PAGES } from "./seed-examples";
import { type Client, client, PLATFORM, startSellerCenter } from "./test-client";
import type { CancellationPlanWire, CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

let sandbox: RunningSandbox;
let api: Client;
let orders: OrderWire[];
let items: OrderItemWire[];
let plans: CancellationPlanWire[];
let addresses: CustomerAddressWire[];

const cents = (value: string) => toCents(value) ?? Number.NaN;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const seedOrderId = (SEED_PAGES.orders.results[0] as OrderWire).id;

beforeAll(async () => {
  ({ sandbox, api } = await startSellerCenter({ count: 120 }));
  [orders, items, plans, addresses] = await Promise.all([
    api.all<OrderWire>("/api/i1/orders/"),
    api.all<OrderItemWire>("/api/i1/order-items/"),
    api.all<CancellationPlanWire>("/api/i1/cancellation-plans/"),
    api.all<CustomerAddressWire>("/api/i1/customer-addresses/"),
  ]);
});
afterAll(() => sandbox.stop());

describe("determinism", () => {
  it("the same seed gives the same data; another seed gives other data", async () => {
    const [one, twin, other] = await Promise.all([
      startSellerCenter(),
      startSellerCenter(),
      startSellerCenter({ seed: 7 }),
    ]);
    try {
      for (const path of [
        "/api/i1/orders/",
        "/api/i1/order-items/",
        "/api/i1/cancellation-plans/",
        "/api/i1/customer-addresses/",
      ]) {
        expect(await twin.api.all(path)).toEqual(await one.api.all(path));
      }
      const ids = async (c: Client) => (await c.all<OrderWire>("/api/i1/orders/")).map((o) => o.id);
      expect(await ids(other.api)).not.toEqual(await ids(one.api));
    } finally {
      await Promise.all([one.sandbox.stop(), twin.sandbox.stop(), other.sandbox.stop()]);
    }
  });
});

describe("totals and states add up", () => {
  it("amount = Σ item price − discount + shipping; Σ item discount = order discount; item currency = order currency", () => {
    for (const order of orders) {
      const lines = items.filter((item) => item.order === order.id);
      expect(lines.length, order.id).toBeGreaterThanOrEqual(1);
      expect(lines.length, order.id).toBeLessThanOrEqual(6);
      const expected =
        sum(lines.map((l) => cents(l.price))) - cents(order.discount_amount) + cents(order.shipping_amount);
      expect(cents(order.amount), order.number).toBe(expected);
      expect(sum(lines.map((l) => cents(l.discount_amount))), order.number).toBe(cents(order.discount_amount));
      for (const line of lines) expect(line.price_currency).toBe(order.currency);
    }
  });

  it("refund fields = Σ of the order's completed plans; a plan refunds its items' price minus their discount", () => {
    for (const order of orders) {
      const completed = plans.filter((p) => p.order === order.id && p.status === "completed");
      expect(cents(order.refund_amount), order.number).toBe(sum(completed.map((p) => cents(p.refund_amount))));
      expect(cents(order.shipping_refund_amount)).toBe(sum(completed.map((p) => cents(p.shipping_refund_amount))));
      expect(cents(order.discount_refund_amount)).toBe(sum(completed.map((p) => cents(p.discount_refund_amount))));
    }
    for (const plan of plans.filter((p) => p.invoice_number !== "1234")) {
      const covered = items.filter((item) => plan.order_items.includes(item.id));
      expect(covered).toHaveLength(plan.order_items.length);
      const net = sum(covered.map((item) => cents(item.price) - cents(item.discount_amount)));
      expect(cents(plan.refund_amount)).toBe(net + cents(plan.shipping_refund_amount));
      expect(cents(plan.discount_refund_amount)).toBe(sum(covered.map((item) => cents(item.discount_amount))));
    }
  });

  it("an order's status follows its items; item fields follow the item's progress", () => {
    for (const order of orders.filter((o) => o.id !== seedOrderId)) {
      const lines = items.filter((item) => item.order === order.id);
      expect(order.status, order.number).toBe(orderStatusFromItems(lines.map((l) => l.status)));
    }
    for (const item of items.filter((i) => i.order !== seedOrderId)) {
      if (item.status === 500 || item.status === 600)
        expect(item.tracking_number && item.shipped_date && item.invoice_number).toBeTruthy();
      if (item.status === 600) expect(item.delivered_date! > item.shipped_date!).toBe(true);
      if (item.status <= 300)
        expect([item.invoice_number, item.tracking_number, item.shipped_date]).toEqual([null, null, null]);
      if (item.status >= 700) expect(item.cancel_status).not.toBeNull();
    }
  });

  it("spreads statuses like a shop: most delivered, some in progress, some cancelled/returned", () => {
    const share = (test: (o: OrderWire) => boolean) => orders.filter(test).length / orders.length;
    expect(share((o) => o.status === 600)).toBeGreaterThan(0.4);
    expect(share((o) => o.status < 500)).toBeGreaterThan(0.1);
    expect(share((o) => o.status >= 700)).toBeGreaterThan(0.05);
    expect(new Set(orders.map((o) => o.status)).size).toBe(9);
    expect(new Set(plans.map((p) => p.plan_type))).toEqual(new Set(["cancel", "refund"]));
  });

  it("dates lie in the 120 days before now; currencies are lower-case", () => {
    const now = sandbox.options.now;
    for (const order of orders.filter((o) => o.id !== seedOrderId)) {
      const placed = Date.parse(order.date_placed);
      expect(placed).toBeLessThanOrEqual(now);
      expect(placed).toBeGreaterThan(now - 121 * 86_400_000);
      expect(["try", "usd", "eur"]).toContain(order.currency);
    }
    for (const item of items)
      for (const date of [item.shipped_date, item.delivered_date])
        if (date) expect(Date.parse(date)).toBeLessThanOrEqual(now);
  });
});

describe("customers", () => {
  it("every order's addresses resolve; phones are 05XXXXXXXXX; identity numbers pass the T.C. checksum", () => {
    const ids = new Set(addresses.map((a) => a.id));
    for (const order of orders) expect(ids.has(order.shipping_address) && ids.has(order.billing_address)).toBe(true);
    for (const address of addresses.filter((a) => a.identity_number !== "11111111111")) {
      expect(address.phone_number).toMatch(/^05\d{9}$/);
      const d = [...(address.identity_number ?? "")].map(Number);
      expect(d).toHaveLength(11);
      expect(((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10).toBe(
        d[9],
      );
      expect(sum(d.slice(0, 10)) % 10).toBe(d[10]);
      if (address.company_name !== null) expect(address.tax_no).toMatch(/^\d{10}$/);
    }
    expect(addresses.some((a) => /İstanbul|Ankara|İzmir/.test(a.line))).toBe(true);
  });
});

describe("faults through the core", () => {
  it("a 500 is Django's HTML page; a 429 is DRF's throttle body", async () => {
    const control = `${sandbox.url}/_sandbox/faults/${PLATFORM}`;
    const put = (body: unknown) => fetch(control, { method: "PUT", body: JSON.stringify(body) });
    expect((await put({ errorRate: 1 })).status).toBe(200);
    const failed = await api.request("/api/i1/orders/");
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await failed.text()).toContain("<h1>Server Error (500)</h1>");
    await put({ rateLimitPerSecond: 1 });
    await api.request("/api/i1/orders/");
    const throttled = await client(api.base).request("/api/i1/orders/");
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(await throttled.json()).toEqual({ detail: "Request was throttled. Expected available in 1 second." });
    await fetch(control, { method: "DELETE" });
  });
});
