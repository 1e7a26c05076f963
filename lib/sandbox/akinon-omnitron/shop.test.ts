// The shop controls (/_sandbox/orders/akinon-omnitron): orders placed, moved one step along the item workflow
// and deleted behind Orderdeck's back, seen through Omnitron's own API; every change moves modified_date to now.
import { describe, expect, it } from "vitest";
import { toCents } from "../core/money";
import { shopClient } from "../test-shop-client";
import { SEED_EXAMPLE_ORDERS } from "./seed-examples";
import { ID, omnitronForTests, picker } from "./test-helpers";
import type { Order } from "./types";

const client = omnitronForTests({ count: 200 });
const pick = picker(client);

const shop = shopClient(() => client.sandbox.url, ID);
const { control, ids } = shop;
const place = async (count = 1): Promise<number[]> => (await shop.place(count)).map(Number);

/** Changes the order through the control and answers it as the detail route gives it, with the change's window. */
async function change(id: number): Promise<{ order: Order; before: number; after: number }> {
  const before = Date.now();
  const reply = await control("PATCH", `/${id}`);
  const after = Date.now();
  expect(reply.status).toBe(200);
  expect(await reply.json()).toEqual({ ok: true });
  return { order: await client.order(id), before, after };
}

/** modified_date (a DRF timestamp) lies in [before, after]: the save happened during the control call. */
function expectModifiedWithin(order: Order, before: number, after: number): void {
  const modified = Date.parse(order.modified_date ?? "");
  expect(modified).toBeGreaterThanOrEqual(before);
  expect(modified).toBeLessThanOrEqual(after);
}

const listed = async (query: string, id: number) => (await client.all(query)).find((order) => order.id === id);

describe("akinon-omnitron createOrder", () => {
  it("places an approved order now, waiting for the ERP: first in the list, readable by id, built like the others", async () => {
    const before = Date.now();
    const [id] = await place();
    const after = Date.now();
    expect((await client.list()).results[0]!.id).toBe(id);
    await shop.expectNewestFirst(id!, (await client.list()).count);

    const order = await client.order(id!);
    expect(order).toMatchObject({ id, status: "400", is_send: false, invoice_number: null, tracking_number: null });
    const placed = Date.parse(order.date_placed);
    expect(placed).toBeGreaterThanOrEqual(before);
    expect(placed).toBeLessThanOrEqual(after);
    expect(order.date_placed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(order.modified_date).toBe(order.date_placed);
    expect(order.number).toMatch(/^10\d{14}$/);
    expect(order.customer.email).toMatch(/@/);
    expect(order.shipping_address.country).toEqual({ name: "Türkiye", code: "tr" });
    expect(order.billing_address.city.name).toBeTruthy();
    expect(order.orderitem_set.length).toBeGreaterThan(0);
    const keys = Object.keys(SEED_EXAMPLE_ORDERS[0]!);
    expect(Object.keys(order)).toEqual([...keys, "channel", "modified_date"]);
    const cents = (text: string) => toCents(text)!;
    const prices = order.orderitem_set.reduce((sum, item) => sum + cents(item.price), 0);
    expect(cents(order.amount)).toBe(prices + cents(order.shipping_amount) - cents(order.discount_amount));
    for (const item of order.orderitem_set) {
      expect(item).toMatchObject({ order: id, status: "400", invoice_number: null, tracking_number: null });
      expect(await client.item(item.id)).toEqual(item);
    }
  });

  it("answers it through every documented filter like any other order", async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const [id] = await place();
    const order = await client.order(id!);
    const queries = [
      "is_send=False&status=400", // the ERP's own query
      "is_send=false",
      "status=400",
      `number=${order.number}`,
      `channel=${order.channel!.id}`,
      `date_placed__gte=${encodeURIComponent(before)}`,
      "ordering=-date_placed",
    ];
    for (const query of queries)
      expect(
        (await client.list(query)).results.map((o) => o.id),
        query,
      ).toContain(id);
    expect((await client.list("ordering=-date_placed")).results[0]!.id).toBe(id);
    expect((await client.list("ordering=-id")).results[0]!.id).toBe(id);
    for (const query of ["is_send=True", "status=450", `date_placed__lt=${encodeURIComponent(before)}`])
      expect(
        (await client.all(query)).map((o) => o.id),
        query,
      ).not.toContain(id);
  });

  it("places many at once, the last placed first; new ids and numbers never clash", async () => {
    const placed = await place(3);
    expect(new Set(placed).size).toBe(3);
    expect((await client.list("limit=3")).results.map((o) => o.id)).toEqual([...placed].reverse());
    const everything = await client.all();
    expect(new Set(everything.map((o) => o.number)).size).toBe(everything.length);
    const itemIds = everything.flatMap((o) => o.orderitem_set.map((item) => item.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });
});

describe("akinon-omnitron changeOrder", () => {
  it("walks a placed order 400 → 450 (invoiced) → 500 (shipped) → 550 (delivered) → 600 (returned), items with it", async () => {
    const [id] = await place();
    let step = await change(id!);
    expect(step.order.status).toBe("450");
    expectModifiedWithin(step.order, step.before, step.after);
    expect(step.order.invoice_number).toMatch(/^(AKN|SEP|EAR)\d{13}$/);
    for (const item of step.order.orderitem_set) {
      expect(item).toMatchObject({ status: "450", invoice_number: step.order.invoice_number, tracking_number: null });
      expect(item.e_archive_url).toMatch(/^https:\/\//);
    }
    const invoiced = await listed("status=450", id!);
    expect(invoiced?.modified_date).toBe(step.order.modified_date);

    step = await change(id!);
    expect(step.order.status).toBe("500");
    expectModifiedWithin(step.order, step.before, step.after);
    expect(step.order.tracking_number).toMatch(/^\d{10,13}$/);
    for (const item of step.order.orderitem_set) {
      expect(item).toMatchObject({ status: "500", tracking_number: step.order.tracking_number });
      expect(["yurtici", "aras", "mng", "ptt", "hepsijet", "ups"]).toContain(item.shipping_company);
    }
    expect((await listed("status=500", id!))?.modified_date).toBe(step.order.modified_date);

    step = await change(id!);
    expect(step.order.status).toBe("550");
    expect(step.order.orderitem_set.every((item) => item.status === "550")).toBe(true);
    expect((await listed("status=550", id!))?.modified_date).toBe(step.order.modified_date);

    // Delivered is not the end: the customer returns it and is refunded what was paid (the cargo is not refunded).
    step = await change(id!);
    expect(step.order.status).toBe("600");
    for (const item of step.order.orderitem_set)
      expect(item).toMatchObject({ status: "600", cancel_status: "completed" });
    const cents = (text: string) => toCents(text)!;
    const paid = step.order.orderitem_set.reduce(
      (sum, item) => sum + cents(item.price) - cents(item.discount_amount),
      0,
    );
    expect(cents(step.order.refund_amount)).toBe(paid);
    expect(step.order.shipping_refund_amount).toBe("0.00");
    expectModifiedWithin(step.order, step.before, step.after);
    expect((await listed("status=600", id!))?.modified_date).toBe(step.order.modified_date);
  });

  it("moves generated orders one step from wherever they are on the way", async () => {
    const steps: [string[], string][] = [
      [["200", "300", "350"], "450"],
      [["450"], "500"],
      [["510", "520", "540"], "550"],
      [["550"], "600"],
      [["50"], "100"],
    ];
    for (const [from, to] of steps) {
      const order = await pick((o) => from.includes(o.status));
      const { order: after, before, after: end } = await change(order.id);
      expect(after.status, order.status).toBe(to);
      expect(after.orderitem_set.every((item) => item.status === to)).toBe(true);
      expect(after.date_placed).toBe(order.date_placed);
      expect(after.amount).toBe(order.amount);
      // A completed cancellation refunds everything, the cargo too, as a cancelled order's books show.
      if (to === "100") expect(after.refund_amount).toBe(after.amount);
      expectModifiedWithin(after, before, end);
    }
  });

  it("a split parcel: only the items holding the order back move (the seed's second order)", async () => {
    const seed = await client.order(2);
    expect(seed.orderitem_set.map((item) => item.status)).toEqual(["550", "450"]);
    const { order, before, after } = await change(2);
    expect(order.status).toBe("500");
    const [shipped, waiting] = order.orderitem_set;
    expect(shipped).toEqual(seed.orderitem_set[0]);
    // It keeps the tracking number it had; the carrier is the order's cargo company (1, the seed's "other").
    expect(waiting).toMatchObject({ status: "500", tracking_number: "74436", shipping_company: "other" });
    expectModifiedWithin(order, before, after);
    // The first seed example was not changed through the controls, so it reads as the seed writes it.
    expect(await client.order(1)).toStrictEqual(SEED_EXAMPLE_ORDERS[0]);
  });

  it("an order that cannot move (cancelled, refunded) has its ERP flag turned, and modified_date moves", async () => {
    for (const status of ["100", "600"]) {
      const order = await pick((o) => o.status === status);
      const first = await change(order.id);
      expect(first.order).toEqual({ ...order, is_send: !order.is_send, modified_date: first.order.modified_date });
      expectModifiedWithin(first.order, first.before, first.after);
      const query = `status=${status}&is_send=${order.is_send ? "False" : "True"}`;
      expect((await listed(query, order.id))?.modified_date).toBe(first.order.modified_date);
      const second = await change(order.id);
      expect(second.order.is_send).toBe(order.is_send);
    }
  });

  it("an unknown id is the control's 404", () => shop.expectUnknown(["999999", "abc"]));
});

describe("akinon-omnitron deleteOrder", () => {
  it("the order leaves the list and its detail (and its items) answer Omnitron's 404", async () => {
    const order = await pick((o) => o.status === "550");
    const before = (await client.list()).count;
    const reply = await control("DELETE", `/${order.id}`);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ ok: true });
    expect((await client.list()).count).toBe(before - 1);
    expect((await client.all()).map((o) => o.id)).not.toContain(order.id);
    expect((await client.list(`number=${order.number}`)).results).toEqual([]);
    for (const path of [`/api/i1/orders/${order.id}/`, `/api/v1/orders/${order.id}/`]) {
      const gone = await client.call("GET", path);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({ detail: "Not found." });
    }
    expect((await client.call("GET", `/api/v1/order_items/${order.orderitem_set[0]!.id}/`)).status).toBe(404);
    expect(await ids()).not.toContain(String(order.id));
  });

  it("a placed order can be deleted too; a second delete or an unknown id is the control's 404", async () => {
    const [id] = await place();
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect((await client.call("GET", `/api/i1/orders/${id}/`)).status).toBe(404);
    expect((await control("DELETE", `/${id}`)).status).toBe(404);
    expect((await control("DELETE", "/999999")).status).toBe(404);
    // A database sequence: the next order never takes the deleted one's id.
    const [next] = await place();
    expect(next).toBeGreaterThan(id!);
  });
});

describe("akinon-omnitron: the API's own writes are saves too", () => {
  it("bulk_status_update moves modified_date to now", async () => {
    const [id] = await place();
    const order = await client.order(id!);
    const before = Date.now();
    const rows = order.orderitem_set.map((item) => ({
      id: item.id,
      status: "450",
      invoice_number: "SEP2026000000777",
    }));
    const reply = await client.call("PATCH", "/api/i1/order_items/bulk_status_update/", { orderitem_set: rows });
    expect(reply.status).toBe(200);
    const after = await client.order(id!);
    expect(after.status).toBe("450");
    expectModifiedWithin(after, before, Date.now());
  });
});
