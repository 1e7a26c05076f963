import { beforeAll, describe, expect, it } from "vitest";
import { toCents } from "../core/money";
import { omnitronForTests, startClient } from "./test-helpers";
import { type Order, STATUS_CODES } from "./types";
import { deriveOrderStatus } from "./workflow";

const NOW = Date.UTC(2026, 5, 1);
const client = omnitronForTests({ count: 250, now: NOW });
let orders: Order[];
let generated: Order[];
beforeAll(async () => {
  orders = await client.all();
  generated = orders.filter((order) => order.id > 2);
});

const MONEY = /^\d+\.\d{2}$/;

describe("determinism", () => {
  it("gives the same orders for the same seed and different ones for another seed", async () => {
    const same = await startClient({ count: 250, now: NOW });
    const other = await startClient({ count: 250, now: NOW, seed: 43 });
    try {
      expect(await same.all()).toEqual(orders);
      const different = await other.all();
      expect(different.map((order) => order.number)).not.toEqual(orders.map((order) => order.number));
    } finally {
      await same.sandbox.stop();
      await other.sandbox.stop();
    }
  });

  it("holds count generated orders plus the seed's two", async () => {
    expect(orders).toHaveLength(252);
    const control = (await (await fetch(`${client.sandbox.url}/_sandbox`)).json()) as {
      platforms: Record<string, { orders: number }>;
    };
    expect(control.platforms["akinon-omnitron"]!.orders).toBe(252);
    expect(new Set(orders.map((order) => order.id)).size).toBe(252);
    expect(new Set(orders.map((order) => order.number)).size).toBe(252);
    const itemIds = orders.flatMap((order) => order.orderitem_set.map((item) => item.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });
});

describe("totals add up", () => {
  it("amount = Σ item price + shipping − discount, discount = Σ item discounts, in cents", () => {
    for (const order of orders) {
      const cents = (text: string) => toCents(text)!;
      const prices = order.orderitem_set.reduce((sum, item) => sum + cents(item.price), 0);
      const discounts = order.orderitem_set.reduce((sum, item) => sum + cents(item.discount_amount), 0);
      expect(cents(order.amount)).toBe(prices + cents(order.shipping_amount) - cents(order.discount_amount));
      expect(cents(order.discount_amount)).toBe(discounts);
      expect(order.net_shipping_amount).toBe(Number(order.shipping_amount) + Number(order.shipping_interest_amount));
      for (const field of ["amount", "shipping_amount", "discount_amount", "refund_amount"] as const)
        expect(order[field]).toMatch(MONEY);
    }
  });

  it("refunds never exceed what was paid", () => {
    for (const order of generated) expect(toCents(order.refund_amount)!).toBeLessThanOrEqual(toCents(order.amount)!);
    const cancelled = generated.filter((order) => order.status === "100");
    expect(cancelled.length).toBeGreaterThan(0);
    for (const order of cancelled) expect(order.refund_amount).toBe(order.amount);
  });
});

describe("wire style and realism", () => {
  it("writes money as decimal strings, currency lower-case, statuses as string codes, ids as ints", () => {
    for (const order of generated) {
      expect(["try", "eur", "usd"]).toContain(order.currency);
      expect(STATUS_CODES).toContain(order.status);
      expect(typeof order.net_shipping_amount).toBe("number");
      for (const item of order.orderitem_set) {
        expect(Number.isInteger(item.id)).toBe(true);
        expect(item.order).toBe(order.id);
        expect(item.price_currency).toBe(order.currency);
        expect(item.price).toMatch(MONEY);
        expect(["20.00", "18.00", "8.00", "1.00"]).toContain(item.tax_rate);
        expect(item.product_sku).toMatch(/^\d{10}$/);
        expect(item.attributes.barcode).toMatch(/^869\d{10}$/);
      }
    }
  });

  it("has Turkish people and places", () => {
    for (const order of generated) {
      for (const address of [order.shipping_address, order.billing_address]) {
        expect(address.country).toEqual({ name: "Türkiye", code: "tr" });
        expect(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"]).toContain(address.city.name);
        expect(address.phone_number).toMatch(/^05\d{9}$/);
      }
      if (order.customer.phone_number !== null) expect(order.customer.phone_number).toMatch(/^05\d{9}$/);
    }
  });

  it("places orders over the 120 days before now, ids ascending with date", () => {
    const byId = [...generated].sort((a, b) => a.id - b.id).map((order) => Date.parse(order.date_placed));
    for (const placed of byId) {
      expect(placed).toBeLessThanOrEqual(NOW);
      expect(placed).toBeGreaterThanOrEqual(NOW - 120 * 86_400_000);
    }
    for (let i = 1; i < byId.length; i++) expect(byId[i]!).toBeGreaterThanOrEqual(byId[i - 1]!);
  });

  it("spreads statuses like a real shop and keeps each order's status in step with its items", () => {
    const counts = new Map<string, number>();
    for (const order of generated) counts.set(order.status, (counts.get(order.status) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(9);
    const share = (codes: string[]) => codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0) / generated.length;
    expect(share(["550"])).toBeGreaterThan(0.4);
    expect(share(["200", "300", "350", "400", "450", "500", "510", "520", "540"])).toBeGreaterThan(0.15);
    expect(share(["100", "50"])).toBeGreaterThan(0.03);
    expect(share(["600", "544", "545", "546", "547"])).toBeGreaterThan(0.02);
    for (const order of orders) expect(order.status).toBe(deriveOrderStatus(order.orderitem_set));
  });

  it("leaves most new and approved orders waiting for the ERP and almost all older ones sent", () => {
    const open = generated.filter(
      (order) => Number(order.status) <= 400 && order.status !== "100" && order.status !== "50",
    );
    const done = generated.filter((order) => Number(order.status) >= 500);
    expect(open.filter((order) => !order.is_send).length / open.length).toBeGreaterThan(0.4);
    expect(done.filter((order) => order.is_send).length / done.length).toBeGreaterThan(0.9);
  });

  it("invoices what left the warehouse and tracks what shipped", () => {
    for (const order of generated) {
      for (const item of order.orderitem_set) {
        const code = Number(item.status);
        if (code >= 450 && item.status !== "600") expect(item.invoice_number).not.toBeNull();
        if (code >= 500) expect(item.tracking_number).not.toBeNull();
        if (code <= 400) expect(item.tracking_number).toBeNull();
      }
      if (order.orderitem_set.some((item) => item.invoice_number)) expect(order.invoice_number).not.toBeNull();
    }
  });

  it("stamps modified_date [assumed] at the last change: the placing, the invoice or later, never after now", () => {
    for (const order of generated) {
      const placed = Date.parse(order.date_placed);
      const modified = Date.parse(order.modified_date!);
      expect(modified).toBeGreaterThanOrEqual(placed);
      expect(modified).toBeLessThanOrEqual(NOW);
      if (Number(order.status) <= 400 && order.status !== "100" && order.status !== "50")
        expect(order.modified_date).toBe(order.date_placed);
      const invoiced = order.orderitem_set.find((item) => item.invoice_date)?.invoice_date;
      if (invoiced && order.status !== "100") expect(modified).toBeGreaterThanOrEqual(Date.parse(invoiced));
    }
    for (const order of orders.filter((o) => o.id <= 2)) expect(order.modified_date).toBeUndefined();
  });

  it("stays small in memory (the whole store serializes to well under 3 MB)", () => {
    expect(JSON.stringify(orders).length).toBeLessThan(3_000_000);
  });
});
