// DELETE /external/external-order-item/{id}/: allowed only while the order is new, confirmed or in collection.
import { describe, expect, it } from "vitest";
import { API, cents, ecomMdForTests, orderIn, readOrder } from "./test-helpers";

const { base } = ecomMdForTests();

const read = (id: number) => readOrder(base(), id);

describe("ecom-md DELETE /external/external-order-item/{id}/", () => {
  it("removes an item while the order is new, confirmed or in collection, and the total follows", async () => {
    for (const status of ["new", "confirmed", "in_collection"] as const) {
      const order = await orderIn(base(), status);
      const [gone, ...rest] = order.order_items;
      const res = await fetch(`${base()}/external/external-order-item/${gone!.id}/`, {
        method: "DELETE",
        headers: API,
      });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe("");
      const after = await read(order.id);
      expect(after.order_items.map((i) => i.id)).toEqual(rest.map((i) => i.id));
      const goods = after.order_items.reduce((s, i) => s + cents(i.loyalty_price ?? i.price) * i.quantity, 0);
      expect(cents(after.total_price)).toBe(goods + cents(after.delivery_price) - cents(after.discount));
      expect(cents(after.total_price)).toBeLessThan(cents(order.total_price));
    }
  });

  it("refuses once the order is collected or later, and 404s an unknown item", async () => {
    for (const status of ["collected", "on_delivery", "done", "canceled"] as const) {
      const order = await orderIn(base(), status);
      const res = await fetch(`${base()}/external/external-order-item/${order.order_items[0]!.id}/`, {
        method: "DELETE",
        headers: API,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ detail: `Cannot delete an item of an order in status "${status}".` });
      expect((await read(order.id)).order_items).toHaveLength(order.order_items.length);
    }
    const missing = await fetch(`${base()}/external/external-order-item/99999999/`, { method: "DELETE", headers: API });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "Not found." });
  });
});
