// The shop controls (/_sandbox/orders/merchantpro): orders placed, moved along the shipping handlers and deleted
// behind Orderdeck's back, seen through MerchantPro's own API; every change moves date_modified to now.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shopClient } from "../test-shop-client";
import { FIRST_GENERATED_ID } from "./constants";
import { formatRo } from "./dates";
import { type Client, type Json, startMerchantPro } from "./test-helpers";

// The generated data is relative to 2026-03-15 (test-helpers); the shop's clock runs later, and tests move it on.
let now = Date.parse("2026-03-20T09:30:00Z");
let mp: Client;
let seeded: Json[];
const taken = new Set<number>();

const shop = shopClient(() => mp.sandbox.url, "merchantpro");
const { control, change, ids } = shop;
const place = async (count = 1): Promise<number[]> => (await shop.place(count)).map(Number);
const detail = async (id: number) => (await mp.get(`/api/v2/orders/${id}`)).body;
const cents = (value: number) => Math.round(value * 100);
/** A new minute on the shop's clock, so each change shows its own date_modified. */
const tick = () => {
  now += 60_000;
  return formatRo(now);
};

/** A generated order (not a seed example, not used by another test) in the wanted state. */
function pick(test: (order: Json) => boolean): Json {
  const order = seeded.find((o) => o.id >= FIRST_GENERATED_ID && !taken.has(o.id) && test(o));
  if (!order) throw new Error("no order in that state");
  taken.add(order.id);
  return order;
}

beforeAll(async () => {
  mp = await startMerchantPro({ clock: () => now, count: 150 });
  seeded = await mp.all();
});
afterAll(() => mp.sandbox.stop());

describe("merchantpro createOrder", () => {
  it("places a new order now: first newest-first, readable by id, awaiting, built like the seeded ones", async () => {
    const stamp = tick();
    const [id] = await place();
    const newest = (await mp.get("/api/v2/orders?sort=date_created.desc&limit=1")).body;
    expect(newest.data[0].id).toBe(id);
    await shop.expectNewestFirst(id!, newest.meta.count.total);
    const order = await detail(id!);
    expect(order).toMatchObject({ id, shipping_status: "awaiting", date_created: stamp, date_modified: stamp });
    expect(order.date_shipped).toBeNull();
    expect(order.invoice).toBeNull();
    expect(order.info_url).toContain(`/${id}`);
    expect(order.line_items.length).toBeGreaterThan(0);
    const goods = order.line_items.reduce((sum: number, line: Json) => sum + cents(line.line_subtotal_gross), 0);
    expect(goods + cents(order.shipping_amount ?? 0)).toBe(cents(order.total_amount));
    expect(order.customer_email).toMatch(/@/);
    expect(seeded.some((o) => o.customer_id === order.customer_id)).toBe(false);
  });

  it("answers it through every documented filter like any other order", async () => {
    tick();
    const [id] = await place();
    const order = await detail(id!);
    const day = order.date_created.slice(0, 10);
    const queries = [
      `id=${id}`,
      `ids=1,${id}`,
      `payment_status=${order.payment_status}`,
      `payment_method_code=${order.payment_method_code}`,
      "shipping_status=awaiting",
      `shipping_method_id=${order.shipping_method_id}`,
      `customer_id=${order.customer_id}`,
      `customer_email=${encodeURIComponent(order.customer_email)}`,
      `created_after=${day}`,
      "sort=date_created",
    ];
    if (order.tags?.length) queries.push(`tag_name=${encodeURIComponent(order.tags[0].name)}`);
    for (const query of queries) {
      const found = await mp.all(query);
      expect(
        found.map((o: Json) => o.id),
        query,
      ).toContain(id);
    }
    expect((await mp.all(`created_before=${day}`)).map((o: Json) => o.id)).not.toContain(id);
    expect((await mp.all("shipping_status=delivered")).map((o: Json) => o.id)).not.toContain(id);
  });

  it("places many at once, the last placed first when they share a second", async () => {
    tick();
    const placed = await place(3);
    expect(new Set(placed).size).toBe(3);
    const newest = (await mp.get("/api/v2/orders?sort=date_created.desc&limit=3")).body.data;
    expect(newest.map((o: Json) => o.id)).toEqual([...placed].reverse());
  });
});

describe("merchantpro changeOrder", () => {
  it("moves shipping_status one handler on, and date_modified to now; the list shows both", async () => {
    const steps: [string, string][] = [
      ["awaiting", "in_process"],
      ["confirmed", "in_process"],
      ["in_process", "shipped"],
      ["shipped", "delivered"],
      ["delivered", "returned"],
    ];
    for (const [from, to] of steps) {
      const order = pick((o) => o.shipping_status === from);
      const stamp = tick();
      expect((await change(order.id)).status).toBe(200);
      const after = await detail(order.id);
      expect(after.shipping_status, from).toBe(to);
      expect(after.date_modified).toBe(stamp);
      expect(after.date_created).toBe(order.date_created);
      const listed = (await mp.all(`shipping_status=${to}`)).find((o: Json) => o.id === order.id);
      expect(listed?.date_modified).toBe(stamp);
    }
  });

  it("a temporary order (checkout never finished) can only be cancelled, payment with it", async () => {
    const order = pick((o) => o.shipping_status === "temporary");
    const stamp = tick();
    expect((await change(order.id)).status).toBe(200);
    expect(await detail(order.id)).toMatchObject({
      shipping_status: "cancelled",
      payment_status: "cancelled",
      date_modified: stamp,
    });
  });

  it("shipping hands the parcel over: an AWB in the carrier's format and date_shipped", async () => {
    const order = pick((o) => o.shipping_status === "in_process" && !o.shipping_awb && o.shipping_carrier_id);
    const stamp = tick();
    await change(order.id);
    const after = await detail(order.id);
    expect(after).toMatchObject({ shipping_status: "shipped", date_shipped: stamp, date_modified: stamp });
    expect(after.shipping_awb).toMatch(/^[0-9A-Z]{9,}$/);
    expect((await mp.all(`shipping_awb=${after.shipping_awb}`)).map((o: Json) => o.id)).toEqual([order.id]);
  });

  it("walks a placed order along the handlers to returned", async () => {
    const [id] = await place();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      tick();
      await change(id!);
      seen.push((await detail(id!)).shipping_status);
    }
    expect(seen).toEqual(["in_process", "shipped", "delivered", "returned"]);
  });

  it("a returned order gets its return parcel's AWB; a cancelled one a staff note; both move date_modified", async () => {
    const returned = pick((o) => o.shipping_status === "returned" && o.shipping_carrier_id && o.shipping_awb);
    let stamp = tick();
    await change(returned.id);
    const back = await detail(returned.id);
    expect(back).toMatchObject({ shipping_status: "returned", date_modified: stamp });
    expect(back.shipping_awb).not.toBe(returned.shipping_awb);

    const cancelled = pick((o) => o.shipping_status === "cancelled");
    stamp = tick();
    await change(cancelled.id);
    const after = await detail(cancelled.id);
    expect(after).toMatchObject({
      shipping_status: "cancelled",
      date_modified: stamp,
      total_amount: cancelled.total_amount,
    });
    expect(after.internal_notes).toHaveLength((cancelled.internal_notes ?? []).length + 1);
    const listed = (await mp.all("shipping_status=cancelled")).find((o: Json) => o.id === cancelled.id);
    expect(listed?.date_modified).toBe(stamp);
  });

  it("an unknown id is the control's 404", () => shop.expectUnknown(["1", "abc"]));
});

describe("merchantpro deleteOrder", () => {
  it("the order leaves the list and its detail answers MerchantPro's 404", async () => {
    const order = pick((o) => o.shipping_status === "delivered");
    const before = (await mp.get("/api/v2/orders?limit=1")).body.meta.count.total;
    const reply = await control("DELETE", `/${order.id}`);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ ok: true });
    expect((await mp.get("/api/v2/orders?limit=1")).body.meta.count.total).toBe(before - 1);
    expect((await mp.all()).map((o: Json) => o.id)).not.toContain(order.id);
    const gone = await mp.get(`/api/v2/orders/${order.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: { code: "not_found", message: `Order ${order.id} was not found.` } });
    expect(await ids()).not.toContain(String(order.id));
  });

  it("a placed order can be deleted too; a second delete or an unknown id is the control's 404", async () => {
    const [id] = await place();
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect((await mp.get(`/api/v2/orders/${id}`)).status).toBe(404);
    expect((await control("DELETE", `/${id}`)).status).toBe(404);
    expect((await control("DELETE", "/42")).status).toBe(404);
  });
});

describe("merchantpro shop controls leave the seed examples alone", () => {
  it("every seed record reads as before", async () => {
    for (const order of seeded.filter((o) => o.id < FIRST_GENERATED_ID)) {
      const before = (await mp.get(`/api/v2/orders?id=${order.id}&include=line_items`)).body.data[0];
      expect(before).toEqual(order);
    }
  });
});
