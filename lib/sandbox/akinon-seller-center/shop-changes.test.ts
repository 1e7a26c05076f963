// The shop controls moving orders on behind Orderdeck's back (/_sandbox/orders/akinon-seller-center PATCH): the
// order's status is carried by its items, seen through Seller Center's own API.
import { describe, expect, it } from "vitest";
import { SEED_PAGES } from "./seed-examples";
import type { Page } from "./test-client";
import type { OrderWire } from "./types";
import { ids, cents, instant, shopFixture } from "./test-shop";

const { api, place, change, order, itemsOf, plansOf, changedSince, placedWithItems, startAnother } = shopFixture();

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

describe("the itemOnlyStamps reading", () => {
  it("stamps only the items a change moves (and a reject), the order's own updated_at stays", async () => {
    const other = await startAnother({ count: 20, variant: { itemOnlyStamps: true } });
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
