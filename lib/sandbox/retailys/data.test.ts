// The generated data: deterministic per seed, totals that add up, Czech and realistic, fast to list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { startTestSandbox } from "../testing";
import { createRetailysSandbox } from "./index";
import { allOrders, cents, retailysClient, type WireOrder } from "./test-client";

const NOW = Date.parse("2026-11-24T00:00:00Z");
const DAY = 86_400_000;
let sandboxes: RunningSandbox[];
let orders: WireOrder[];

const start = (seed: number) =>
  startTestSandbox({ factories: { retailys: createRetailysSandbox }, count: 60, seed, now: NOW });
const expandedAll = (sandbox: RunningSandbox) =>
  allOrders(retailysClient(sandbox.baseUrl("retailys")), "&expanded=true");

beforeAll(async () => {
  sandboxes = await Promise.all([start(42), start(42), start(7)]);
  orders = await expandedAll(sandboxes[0]!);
});
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.stop())));

describe("determinism", () => {
  it("gives the same orders for the same seed and different ones for another", async () => {
    expect(await expandedAll(sandboxes[1]!)).toEqual(orders);
    const other = await expandedAll(sandboxes[2]!);
    expect(other.map((o) => o.email)).not.toEqual(orders.map((o) => o.email));
  });
});

describe("totals add up (computed in cents)", () => {
  it("money = Σ finalPrice × count + shipping + payment, on every order", () => {
    for (const order of orders) {
      const lines = order.items.reduce((sum, item) => sum + cents(item.price.finalPrice) * item.count, 0);
      expect(cents(order.money), `order ${order.id}`).toBe(
        lines + cents(order.shipping!.price) + cents(order.payment!.price),
      );
    }
  });

  it("each line: basePrice + vatValue = finalPrice, vatValue is the VAT included, priceOriginal ≥ finalPrice", () => {
    for (const item of orders.flatMap((o) => o.items)) {
      const { basePrice, finalPrice, vat, vatValue } = item.price;
      expect(cents(basePrice) + cents(vatValue)).toBe(cents(finalPrice));
      expect(cents(vatValue)).toBe(Math.round(cents(finalPrice) - cents(finalPrice) / (1 + vat / 100)));
      expect(cents(item.priceOriginal)).toBeGreaterThanOrEqual(cents(finalPrice));
      for (const value of [basePrice, finalPrice, vatValue, item.priceOriginal])
        expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
    }
  });

  it("paid never exceeds money, and datePaid is set exactly when something is paid", () => {
    for (const order of orders) {
      expect(cents(order.paid)).toBeLessThanOrEqual(cents(order.money));
      expect(order.datePaid === null).toBe(order.paid === 0);
    }
  });
});

describe("realistic data", () => {
  const generated = () => orders.filter((o) => o.id > 100002);

  it("spreads statuses over the lifecycle like a real shop", () => {
    const count = (test: (o: WireOrder) => boolean) => generated().filter(test).length;
    const done = count((o) => o.done);
    expect(done).toBeGreaterThan(generated().length * 0.3);
    expect(count((o) => !o.sent && !o.done && !o.canceled)).toBeGreaterThan(5);
    expect(count((o) => o.canceled)).toBeGreaterThan(0);
    expect(count((o) => o.sent && !o.delivered && !o.canceled)).toBeGreaterThan(0);
    expect(new Set(generated().map((o) => o.status)).size).toBeGreaterThanOrEqual(7);
  });

  it("keeps flags, status and history consistent", () => {
    for (const order of orders) {
      if (order.delivered) expect(order.sent).toBe(true);
      expect(order.done && order.canceled).toBe(false);
      if (order.status === 8) expect(order.done).toBe(true);
      if (order.status === 9 || order.status === 10) expect(order.canceled).toBe(true);
      const history = order.history!;
      expect(history[0]?.record.name).toBe("Objednávka vytvořena");
      expect(history[0]?.date).toBe(order.dateOrder);
      const times = history.map((h) => Date.parse(h.date));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(NOW);
    }
  });

  it("dates the orders over the last 120 days in Prague time (+01:00 winter, +02:00 summer)", () => {
    for (const order of generated()) {
      const at = Date.parse(order.dateOrder);
      expect(at).toBeGreaterThanOrEqual(NOW - 120 * DAY);
      expect(at).toBeLessThanOrEqual(NOW);
      // Summer time in 2026 ends on 25 October at 01:00 UTC.
      const offset = at < Date.parse("2026-10-25T01:00:00Z") ? "+02:00" : "+01:00";
      expect(order.dateOrder.endsWith(offset), order.dateOrder).toBe(true);
    }
  });

  it("uses Czech (and Slovak for the SK e-shop) names, addresses, phones and currencies", () => {
    for (const order of orders) {
      expect(order.zip).toMatch(/^\d{3} \d{2}$/);
      expect(order.deliveryZip).toMatch(/^\d{3} \d{2}$/);
      if (order.phone !== null) expect(order.phone).toMatch(/^\+42[01] \d{3} \d{3} \d{3}$/);
      expect(order.email).toMatch(/^[a-z0-9.]+@[a-z.]+$/);
      expect(["CZ", "SK"]).toContain(order.stateCode);
      expect(order.orderCurrencyCode).toBe(order.channel.id === 2 ? "EUR" : "CZK");
      if (order.orderCurrencyCode === "EUR") expect(order.currencyRate).toBeGreaterThan(20);
      expect(order.items.length).toBeGreaterThanOrEqual(1);
      expect(order.items.length).toBeLessThanOrEqual(6);
      for (const item of order.items) {
        expect([12, 21]).toContain(item.price.vat);
        expect(item.article).toMatch(/^DP-\d{4}(-[A-Z0-9]+)?$/);
      }
    }
    const cities = new Set(orders.map((o) => o.city));
    expect(cities.has("Praha")).toBe(true);
    expect(orders.some((o) => o.orderCurrencyCode === "EUR")).toBe(true);
    expect(orders.some((o) => o.items.some((i) => i.price.vat === 12))).toBe(true);
    expect(orders.some((o) => o.items.some((i) => i.priceOriginal > i.price.finalPrice))).toBe(true);
  });
});
