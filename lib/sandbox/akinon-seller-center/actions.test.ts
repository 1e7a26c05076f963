// ORI03 reject, per section 6: allowed before Packaged (and not on cancelled/rejected items).
import { describe, expect, it } from "vitest";
import { FakeClock, type Page, sellerCenterForTests } from "./test-client";
import type { CancellationPlanWire, OrderItemWire, OrderWire } from "./types";

const clock = new FakeClock();
const { api } = sellerCenterForTests({ clock, count: 120 });

const reject = (id: string) => api.request(`/api/i1/order-items/${id}/reject/`, { method: "POST" });
const itemsOf = (orderId: string) => api.all<OrderItemWire>(`/api/i1/order-items/?order=${orderId}`);
const order = (id: string) => api.json<OrderWire>(`/api/i1/orders/${id}/`);
const plansOf = (orderId: string) => api.all<CancellationPlanWire>(`/api/i1/cancellation-plans/?order=${orderId}`);

describe("POST /api/i1/order-items/{id}/reject/", () => {
  it("rejects an item before packaging: 204, item 900, a waiting cancel plan, order status from its items", async () => {
    const byOrder = new Map<string, OrderItemWire[]>();
    for (const item of await api.all<OrderItemWire>("/api/i1/order-items/?order__status=200")) {
      byOrder.set(item.order, [...(byOrder.get(item.order) ?? []), item]);
    }
    const [orderId, candidates] =
      [...byOrder].find(([, items]) => items.length >= 2 && items.every((i) => i.status === 200)) ?? [];
    if (!orderId || !candidates) throw new Error("no multi-item Approved order in the data");
    const target = { order: await order(orderId), items: await itemsOf(orderId) };
    const [first, ...rest] = target.items as [OrderItemWire, ...OrderItemWire[]];
    clock.advance(60);
    const before = new Date(clock.ms - 1000).toISOString();

    const response = await reject(first.id);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    const rejected = await api.json<OrderItemWire>(`/api/i1/order-items/${first.id}/`);
    expect(rejected).toEqual({ ...first, status: 900, cancel_status: "waiting" });
    expect(await order(target.order.id)).toEqual({ ...target.order, status: 200, cancel_status: "waiting" });
    const [plan] = (await plansOf(target.order.id)).filter((p) => p.order_items.includes(first.id));
    expect(plan).toMatchObject({
      status: "waiting",
      plan_type: "cancel",
      order_items: [first.id],
      shipping_refund_amount: "0.00",
      payment_plan: {},
    });
    const refund = (Number(first.price) * 100 - Number(first.discount_amount) * 100) / 100;
    expect(plan?.refund_amount).toBe(refund.toFixed(2));
    expect(plan?.discount_refund_amount).toBe(first.discount_amount);
    // The change is visible to updated_at filters.
    const changed = await api.all<OrderItemWire>(`/api/i1/order-items/?updated_at__gte=${before}`);
    expect(changed.map((i) => i.id)).toEqual([first.id]);
    expect((await api.all<OrderWire>(`/api/i1/orders/?updated_at__gte=${before}`)).map((o) => o.id)).toEqual([
      target.order.id,
    ]);

    // Rejecting the last live item rejects the order and gives the shipping back.
    for (const item of rest) expect((await reject(item.id)).status).toBe(204);
    const after = await order(target.order.id);
    expect(after.status).toBe(900);
    const shippingPlans = (await plansOf(target.order.id)).filter((p) => p.shipping_refund_amount !== "0.00");
    expect(shippingPlans.map((p) => p.shipping_refund_amount)).toEqual(
      target.order.shipping_amount === "0.00" ? [] : [target.order.shipping_amount],
    );
  });

  it("refuses a packaged, shipped or delivered item with 400 and leaves it unchanged", async () => {
    for (const status of [400, 500, 600]) {
      const item = (await api.json<Page<OrderItemWire>>(`/api/i1/order-items/?status=${status}&limit=1`)).results[0]!;
      const response = await reject(item.id);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ non_field_errors: ["Packaged order items cannot be rejected."] });
      expect(await api.json(`/api/i1/order-items/${item.id}/`)).toEqual(item);
    }
  });

  it("refuses an item already rejected, cancelled or waiting for a cancellation", async () => {
    const messages: Record<number, string> = {
      900: "Order item is already rejected.",
      800: "Order item is already cancelled.",
      700: "Order item has a pending cancellation and cannot be rejected.",
    };
    for (const [status, message] of Object.entries(messages)) {
      const item = (await api.json<Page<OrderItemWire>>(`/api/i1/order-items/?status=${status}&limit=1`)).results[0]!;
      const response = await reject(item.id);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ non_field_errors: [message] });
    }
  });

  it("answers 404 for an unknown item, 405 for GET, and needs auth like every route", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await reject(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "Not found." });
    }
    const item = (await api.json<Page<OrderItemWire>>("/api/i1/order-items/?status=100&limit=1")).results[0]!;
    const get = await api.request(`/api/i1/order-items/${item.id}/reject/`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    const anonymous = await api.request(`/api/i1/order-items/${item.id}/reject/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(anonymous.status).toBe(401);
    expect((await api.json<OrderItemWire>(`/api/i1/order-items/${item.id}/`)).status).toBe(100);
  });

  it("orders and items are read-only: PATCH, PUT, DELETE and POST are 405", async () => {
    const item = (await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=1")).results[0]!;
    for (const [method, path] of [
      ["PATCH", `/api/i1/orders/${item.order}/`],
      ["DELETE", `/api/i1/order-items/${item.id}/`],
      ["PUT", `/api/i1/order-items/${item.id}/`],
      ["POST", "/api/i1/orders/"],
    ] as const) {
      const response = await api.request(path, { method, body: "{}" });
      expect(response.status).toBe(405);
      expect(await response.json()).toEqual({ detail: `Method "${method}" not allowed.` });
    }
  });
});
