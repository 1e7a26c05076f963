// The shop controls (/_sandbox/orders/akinon-seller-center): orders placed, moved on and deleted behind
// Orderdeck's back, seen through Seller Center's own API (the order's status is carried by its items).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { SEED_REFERENCES, SEED_PAGES } from "./seed-examples";
import { type Client, type Page, PLATFORM, startSellerCenter } from "./test-client";
import type { CancellationPlanWire, CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

const running: RunningSandbox[] = [];
let sandbox: RunningSandbox;
let api: Client;
let seeded: { orders: OrderWire[]; items: OrderItemWire[] };

beforeAll(async () => {
  ({ sandbox, api } = await startSellerCenter({ count: 60 }));
  running.push(sandbox);
  seeded = { orders: await api.all("/api/i1/orders/"), items: await api.all("/api/i1/order-items/") };
});
afterAll(() => Promise.all(running.map((s) => s.stop())));

const control = (method: string, path = "", body?: unknown, on: RunningSandbox = sandbox) =>
  fetch(`${on.url}/_sandbox/orders/${PLATFORM}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
async function place(count = 1, on: RunningSandbox = sandbox): Promise<string[]> {
  const reply = await control("POST", "", { count }, on);
  expect(reply.status).toBe(201);
  return ((await reply.json()) as { ids: string[] }).ids;
}
async function change(id: string, on: RunningSandbox = sandbox): Promise<void> {
  expect((await control("PATCH", `/${id}`, undefined, on)).status).toBe(200);
}
const controlIds = async () => ((await (await control("GET")).json()) as { ids: string[] }).ids;

const order = (id: string, client = api) => client.json<OrderWire>(`/api/i1/orders/${id}/`);
const itemsOf = (id: string, client = api) => client.all<OrderItemWire>(`/api/i1/order-items/?order=${id}`);
const plansOf = (id: string) => api.all<CancellationPlanWire>(`/api/i1/cancellation-plans/?order=${id}`);
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const cents = (decimal: string) => Math.round(Number(decimal) * 100);
/** An instant after every earlier change and before the next, as a filter value (stamps are in milliseconds). */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return new Date().toISOString();
}
/** The orders and items whose updated_at is at or after `since`. */
async function changedSince(since: string, client = api) {
  const query = `updated_at__gte=${encodeURIComponent(since)}`;
  return {
    orders: ids(await client.all<OrderWire>(`/api/i1/orders/?${query}`)),
    items: ids(await client.all<OrderItemWire>(`/api/i1/order-items/?${query}`)).sort(),
  };
}

/** A placed order with at least two items (placing a few more when needed). */
async function placedWithItems(minimum: number): Promise<string> {
  for (let tries = 0; tries < 30; tries++) {
    const [id] = await place();
    if ((await itemsOf(id!)).length >= minimum) return id!;
  }
  throw new Error(`no placed order with ${minimum} items`);
}

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

describe("changeOrder", () => {
  it("moves the items one step at a time, 100 → 600, stamping the order and the items it moved", async () => {
    const [id] = await place();
    for (const status of [200, 300, 400, 500, 600]) {
      const since = await instant();
      await change(id!);
      const [row] = (await api.json<Page<OrderWire>>(`/api/i1/orders/?status=${status}`)).results.filter(
        (o) => o.id === id,
      );
      expect(row?.status, `step to ${status}`).toBe(status);
      const items = await itemsOf(id!);
      expect(items.map((item) => item.status)).toEqual(items.map(() => status));
      expect(await changedSince(since)).toEqual({ orders: [id], items: ids(items).sort() });
      expect((await api.json<Page<OrderWire>>("/api/i1/orders/?ordering=-updated_at&limit=1")).results[0]?.id).toBe(id);
    }
    const delivered = await order(id!);
    expect(delivered.invoice_number).toMatch(/^SCA\d{13}$/);
    expect(delivered.e_archive_url).toContain(delivered.invoice_number);
    expect(delivered.tracking_number).not.toBeNull();
    expect(delivered.shipping_company).not.toBeNull();
    expect(delivered.cargo_company).not.toBeNull();
    for (const item of await itemsOf(id!)) {
      expect(item).toMatchObject({
        invoice_number: delivered.invoice_number,
        e_archive_url: delivered.e_archive_url,
        tracking_number: delivered.tracking_number,
        shipping_company: delivered.shipping_company,
      });
      for (const date of [item.invoice_date, item.shipped_date, item.estimated_delivery_date, item.delivered_date])
        expect(Date.parse(date ?? "")).not.toBeNaN();
      expect(Date.parse(item.delivered_date!)).toBeGreaterThanOrEqual(Date.parse(item.shipped_date!));
    }
  });

  it("after delivery: a return (a waiting refund plan, items 700), the refund (items 800), then a staff note", async () => {
    const [id] = await place();
    for (let step = 0; step < 5; step++) await change(id!);
    const items = await itemsOf(id!);

    await change(id!);
    expect(await order(id!)).toMatchObject({ status: 700, cancel_status: "waiting" });
    const [plan] = await plansOf(id!);
    const refund = items.reduce((sum, item) => sum + cents(item.price) - cents(item.discount_amount), 0);
    expect(plan).toMatchObject({ status: "waiting", plan_type: "refund", shipping_refund_amount: "0.00" });
    expect([...plan!.order_items].sort()).toEqual(ids(items).sort());
    expect(cents(plan!.refund_amount)).toBe(refund);
    expect((await itemsOf(id!)).map((item) => [item.status, item.cancel_status])).toEqual(
      items.map(() => [700, "waiting"]),
    );

    const since = await instant();
    await change(id!);
    const refunded = await order(id!);
    expect(refunded).toMatchObject({ status: 800, cancel_status: "completed", refund_amount: plan!.refund_amount });
    expect((await plansOf(id!)).map((p) => p.status)).toEqual(["completed"]);
    expect((await itemsOf(id!)).map((item) => [item.status, item.cancel_status])).toEqual(
      items.map(() => [800, "completed"]),
    );
    expect(await changedSince(since)).toEqual({ orders: [id], items: ids(items).sort() });

    // Nothing can move any more: a note on the order itself, which alone is stamped.
    const later = await instant();
    await change(id!);
    const noted = await order(id!);
    expect(noted.status).toBe(800);
    expect(noted.notes).not.toBe(refunded.notes);
    expect(await changedSince(later)).toEqual({ orders: [id], items: [] });
  });

  it("moves only the least advanced items; a rejected item stays rejected, its refund waits", async () => {
    const id = await placedWithItems(2);
    await change(id);
    const [rejected, ...others] = await itemsOf(id);
    const reply = await api.request(`/api/i1/order-items/${rejected!.id}/reject/`, { method: "POST" });
    expect(reply.status).toBe(204);
    const since = await instant();
    await change(id);
    expect((await order(id)).status).toBe(300);
    const after = new Map((await itemsOf(id)).map((item) => [item.id, item.status]));
    expect(after.get(rejected!.id)).toBe(900);
    for (const item of others) expect(after.get(item.id)).toBe(300);
    expect(await changedSince(since)).toEqual({ orders: [id], items: ids(others).sort() });
    expect((await plansOf(id)).map((plan) => plan.status)).toEqual(["waiting"]);
  });

  it("settles a rejected order's waiting refunds (shipping back once), then notes it", async () => {
    const [id] = await place();
    await change(id!);
    const items = await itemsOf(id!);
    for (const item of items) {
      expect((await api.request(`/api/i1/order-items/${item.id}/reject/`, { method: "POST" })).status).toBe(204);
    }
    const before = await order(id!);
    expect(before).toMatchObject({ status: 900, cancel_status: "waiting", refund_amount: "0.00" });
    await change(id!);
    const settled = await order(id!);
    const plans = await plansOf(id!);
    expect(plans.map((plan) => plan.status)).toEqual(items.map(() => "completed"));
    const total = (key: "refund_amount" | "shipping_refund_amount") =>
      plans.reduce((sum, plan) => sum + cents(plan[key]), 0);
    expect(cents(settled.refund_amount)).toBe(total("refund_amount"));
    expect(cents(settled.shipping_refund_amount)).toBe(cents(before.shipping_amount));
    expect(settled).toMatchObject({ status: 900, cancel_status: "completed" });
    expect((await itemsOf(id!)).map((item) => [item.status, item.cancel_status])).toEqual(
      items.map(() => [900, "completed"]),
    );
    await change(id!);
    expect((await order(id!)).notes).not.toBe(settled.notes);
  });

  it("reads the seed's example order by its items (its one item is delivered: a return is requested)", async () => {
    const example = SEED_PAGES.orders.results[0]!;
    await change(example.id);
    expect(await order(example.id)).toMatchObject({ status: 700, cancel_status: "waiting" });
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

describe("the itemOnlyStamps reading", () => {
  it("stamps only the items a change moves (and a reject), the order's own updated_at stays", async () => {
    const other = await startSellerCenter({ count: 20, variant: { itemOnlyStamps: true } });
    running.push(other.sandbox);
    const [id] = await place(1, other.sandbox);
    const since = await instant();
    await change(id!, other.sandbox);
    const items = await itemsOf(id!, other.api);
    expect((await order(id!, other.api)).status).toBe(200);
    expect(await changedSince(since, other.api)).toEqual({ orders: [], items: ids(items).sort() });

    const later = await instant();
    const reply = await other.api.request(`/api/i1/order-items/${items[0]!.id}/reject/`, { method: "POST" });
    expect(reply.status).toBe(204);
    expect(await changedSince(later, other.api)).toEqual({ orders: [], items: [items[0]!.id] });
  });
});
