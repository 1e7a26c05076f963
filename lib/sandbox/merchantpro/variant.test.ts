// The other readings of the docs (variant.ts): the same orders, in another wire shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type Json, startMerchantPro } from "./test-helpers";

let plain: Client;
let odd: Client;
beforeAll(async () => {
  [plain, odd] = await Promise.all([
    startMerchantPro({ count: 20 }),
    startMerchantPro({ count: 20, variant: { shapes: "alternative", dates: "wall-clock" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain.sandbox.stop(), odd.sandbox.stop()]);
});

describe("merchantpro variants", () => {
  it("the same orders: string ids and money, wall-clock dates, odd shapes, one broken total", async () => {
    const [a, b] = await Promise.all([plain.all(), odd.all()]);
    expect(b.map((o) => o.id)).toEqual(a.map((o) => String(o.id)));
    const newest = a.reduce((x, y) => (Date.parse(y.date_created) > Date.parse(x.date_created) ? y : x));
    for (const [i, order] of b.entries()) {
      const twin = a[i] as Json;
      expect(order.date_created).toBe(twin.date_created.slice(0, 19).replace("T", " "));
      if (twin.id === newest.id) expect(order.total_amount).toBe("n/a");
      else expect(order.total_amount).toBe(twin.total_amount.toFixed(2));
      if (twin.invoice === null) expect(order.invoice).toEqual([]);
      if (twin.tags) expect(order.tags).toEqual(twin.tags.map((t: Json) => t.name));
      const third = twin.line_items.filter((l: Json, n: number) => n % 3 === 2 && l.item_type === "product");
      expect(order.line_items.filter((l: Json) => l.item_type === "bundle_item")).toHaveLength(third.length);
    }
  });

  it("a PATCH answer and a GET have the same shape; notes come back with string ids", async () => {
    const [order] = (await odd.all()).filter((o) => o.shipping_status !== "cancelled");
    const reply = await odd.patch(`/api/v2/orders/${order.id}`, { internal_notes: [{ text: "Nota" }] });
    expect(reply.body.internal_notes).toEqual([
      { id: expect.stringMatching(/^\d+$/), text: "Nota", author: expect.any(Object) },
    ]);
    expect((await odd.get(`/api/v2/orders/${order.id}`)).body).toEqual(reply.body);
  });
});
