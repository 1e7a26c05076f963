// The shop controls (/_sandbox/orders/akinon-seller-center): orders placed and deleted behind Orderdeck's back,
// seen through Seller Center's own API.
import { describe, expect, it } from "vitest";
import { SEED_REFERENCES, SEED_PAGES } from "./seed-examples";
import { type Page, PLATFORM } from "./test-client";
import type { CustomerAddressWire, OrderItemWire, OrderWire } from "./types";
import { ids, cents, instant, shopFixture } from "./test-shop";

const { sandbox, api, seeded, control, place, controlIds, order, itemsOf, plansOf, changedSince } = shopFixture();

describe("createOrder", () => {
  it("places a new order now: first in the list, readable by id, Approve Waiting, with its items and addresses", async () => {
    const before = Date.now();
    const [id] = await place();
    const first = await api.json<Page<OrderWire>>("/api/i1/orders/");
    expect(first.results[0]?.id).toBe(id);
    expect(first.count).toBe(seeded.orders.length + 1);
    const listed = await controlIds();
    expect(listed[0]).toBe(id);
    expect(listed).toHaveLength(first.count);

    const created = await order(id!);
    expect(created).toEqual(first.results[0]);
    expect(Object.keys(created)).toEqual(Object.keys(SEED_PAGES.orders.results[0]!));
    expect(created.status).toBe(100);
    // DRF's isoformat: microseconds unless the time is whole seconds.
    expect(created.date_placed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z$/);
    expect(Date.parse(created.date_placed)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(created.date_placed)).toBeLessThanOrEqual(Date.now());
    expect(created).toMatchObject({ invoice_number: null, tracking_number: null, cancel_status: null });
    expect(created.refund_amount).toBe("0.00");

    const items = await itemsOf(id!);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatchObject({ order: id, status: 100, price_currency: created.currency, shipped_date: null });
    }
    // The total adds up as in the generated orders: Σ item prices − discount + shipping.
    const lines = items.reduce((sum, item) => sum + cents(item.price), 0);
    expect(cents(created.amount)).toBe(lines - cents(created.discount_amount) + cents(created.shipping_amount));
    const shares = items.reduce((sum, item) => sum + cents(item.discount_amount), 0);
    expect(shares).toBe(cents(created.discount_amount));
    for (const address of [created.shipping_address, created.billing_address]) {
      const found = await api.all<CustomerAddressWire>(`/api/i1/customer-addresses/?id=${address}`);
      expect(ids(found)).toEqual([address]);
    }
    expect(await plansOf(id!)).toEqual([]);
  });

  it("answers it through every documented filter like any other order", async () => {
    const since = await instant();
    const [id] = await place();
    const created = await order(id!);
    const at = encodeURIComponent(created.date_placed);
    const orderQueries = [
      `number=${created.number}`,
      "status=100",
      `number__contains=${created.number.slice(2, 6)}`,
      `number__icontains=${created.number.slice(1, 5)}`,
      `date_placed__gte=${at}`,
      `date_placed__lte=${at}`,
      `amount__gte=${created.amount}`,
      `amount__lte=${created.amount}`,
      `discount_amount__lte=${created.discount_amount}`,
      `currency=${created.currency.toUpperCase()}`,
      `has_gift_box=${created.has_gift_box}`,
      `created_at__gte=${encodeURIComponent(since)}`,
      `updated_at__gte=${encodeURIComponent(since)}`,
    ];
    for (const query of orderQueries) {
      expect(ids(await api.all<OrderWire>(`/api/i1/orders/?${query}`)), query).toContain(id);
    }
    expect(ids(await api.all<OrderWire>(`/api/i1/orders/?status=600&number=${created.number}`))).toEqual([]);
    expect(ids(await api.all<OrderWire>(`/api/i1/orders/?date_placed__lt=${at}`))).not.toContain(id);
    const items = ids(await itemsOf(id!)).sort();
    const itemQueries = [
      `order__number=${created.number}`,
      `order__status=100&order__number=${created.number}`,
      `order__date_placed__gte=${at}`,
      `created_at__gte=${encodeURIComponent(since)}`,
      `updated_at__gte=${encodeURIComponent(since)}`,
    ];
    for (const query of itemQueries) {
      const found = ids(await api.all<OrderItemWire>(`/api/i1/order-items/?${query}`)).sort();
      expect(found, query).toEqual(items);
    }
    // Only the order placed since: the stamps of every seeded record are older.
    expect(await changedSince(since)).toEqual({ orders: [id], items });
  });

  it("places several, newest first, and leaves the seeded orders and items as they were", async () => {
    const placed = await place(3);
    expect(new Set(placed).size).toBe(3);
    const list = await api.all<OrderWire>("/api/i1/orders/");
    expect(ids(list.slice(0, 3))).toEqual([...placed].reverse());
    expect(list.filter((o) => seeded.orders.some((s) => s.id === o.id))).toEqual(seeded.orders);
    const items = await api.all<OrderItemWire>("/api/i1/order-items/");
    expect(items.filter((i) => seeded.items.some((s) => s.id === i.id))).toEqual(seeded.items);
  });
});

describe("deleteOrder", () => {
  it("removes the order with its items and plans; its detail answers Seller Center's 404", async () => {
    const id = SEED_REFERENCES.planOrderId;
    const { number } = await order(id);
    const items = await itemsOf(id);
    expect(items.length).toBeGreaterThan(0);
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect(ids(await api.all<OrderWire>("/api/i1/orders/"))).not.toContain(id);
    expect(await controlIds()).not.toContain(id);
    const gone = await api.request(`/api/i1/orders/${id}/`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ detail: "Not found." });
    expect(await api.all(`/api/i1/order-items/?order__number=${number}`)).toEqual([]);
    expect(await api.all(`/api/i1/cancellation-plans/?order__number=${number}`)).toEqual([]);
    expect((await api.request(`/api/i1/order-items/${items[0]!.id}/`)).status).toBe(404);
    expect((await control("DELETE", `/${id}`)).status).toBe(404);
    expect((await control("PATCH", `/${id}`)).status).toBe(404);
  });

  it("deletes a placed order", async () => {
    const [id] = await place();
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect((await api.request(`/api/i1/orders/${id}/`)).status).toBe(404);
  });
});

describe("unknown ids and reset", () => {
  it.each(["00000000-0000-4000-8000-000000000000", "not-a-uuid", "123"])(
    "answers 404 from the control for %s",
    async (id) => {
      expect((await control("PATCH", `/${id}`)).status).toBe(404);
      expect((await control("DELETE", `/${id}`)).status).toBe(404);
    },
  );

  it("a reset brings back the seeded shop", async () => {
    await fetch(`${sandbox.url}/_sandbox/reset`, { method: "POST", body: JSON.stringify({ platform: PLATFORM }) });
    expect(await controlIds()).toEqual(ids(seeded.orders));
    expect(await api.all("/api/i1/orders/")).toEqual(seeded.orders);
  });
});
