// The shop controls (/_sandbox/orders/ecom-md): orders placed, moved along and deleted behind Orderdeck's back,
// seen through ECOM.md's own API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { startTestSandbox } from "../testing";
import { ECOM_STATUS_TRANSITIONS } from "./constants";
import { createEcomMdSandbox } from "./index";
import { allOrders, API, cents, getJson, type OrderJson, type PageJson, readOrder } from "./test-helpers";
import { shopClient } from "../test-shop-client";

let sandbox: RunningSandbox;
let base: string;
let seeded: OrderJson[];
const taken = new Set<number>();

const shop = shopClient(() => sandbox.url, "ecom-md");
const { control, change } = shop;
const place = async (count = 1): Promise<number[]> => (await shop.place(count)).map(Number);
const listed = (query = "") => allOrders(base, query);
const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;

/** A seeded order (not used by another test) in the wanted status. */
function pick(status: string): OrderJson {
  const order = seeded.find((o) => !taken.has(o.id) && o.status === status);
  if (!order) throw new Error(`no order in ${status}`);
  taken.add(order.id);
  return order;
}

beforeAll(async () => {
  sandbox = await startTestSandbox({ factories: { "ecom-md": createEcomMdSandbox }, count: 120 });
  base = sandbox.baseUrl("ecom-md");
  seeded = await listed();
  taken.add(294); // the seed's example stays as it is
});
afterAll(() => sandbox.stop());

describe("ecom-md createOrder", () => {
  it("places a new order now: first in the list, readable by id, new, built like the seeded ones", async () => {
    const before = Date.now();
    const [id] = await place();
    const list = await listed();
    expect(list[0]?.id).toBe(id);
    await shop.expectNewestFirst(id!, list.length);
    const order = await readOrder(base, id!);
    expect(Date.parse(order.created_at)).toBeGreaterThanOrEqual(wholeSeconds(before));
    expect(Date.parse(order.created_at)).toBeLessThanOrEqual(Date.now());
    expect(order.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00$/);
    expect(order.status).toBe("new");
    expect(order.order_items.length).toBeGreaterThan(0);
    expect(order.order_items.every((i) => i.order_status === "new" && i.product.name !== "")).toBe(true);
    const goods = order.order_items.reduce((s, i) => s + cents(i.loyalty_price ?? i.price) * i.quantity, 0);
    expect(cents(order.total_price)).toBe(goods + cents(order.delivery_price) - cents(order.discount));
    expect(order.customer.name).not.toBe("");
    // Its items have ids of their own, above every seeded one.
    const seededItems = new Set(seeded.flatMap((o) => o.order_items.map((i) => i.id)));
    expect(order.order_items.every((i) => !seededItems.has(i.id))).toBe(true);
    const address = await getJson(`${base}/external/external-order/${id}/address/`);
    expect(address.status).toBe(200);
  });

  it("answers it through every documented filter and ordering like any other order", async () => {
    const [id] = await place();
    const order = await readOrder(base, id!);
    const since = Math.floor(Date.parse(order.created_at) / 1000);
    const found = async (query: string) =>
      (await getJson<PageJson<OrderJson>>(`${base}/external/external-order/?${query}`)).body.results.map((o) => o.id);
    expect(await found(`status=new&created_after=${since}`)).toContain(id);
    expect(await found("status=new,done")).toContain(id);
    expect(await found("status=done")).not.toContain(id);
    expect((await found("ordering=-created_at"))[0]).toBe(id);
    expect((await found("ordering=created_at&page_size=5000")).at(-1)).toBe(id);
  });

  it("places many at once, each newest by id when they share a second", async () => {
    const ids = await place(3);
    expect(new Set(ids).size).toBe(3);
    const first = (await listed()).slice(0, 3).map((o) => o.id);
    expect(first).toEqual([...ids].reverse());
  });
});

describe("ecom-md changeOrder", () => {
  it("moves the status one step on along the workflow, items included, and the list shows it", async () => {
    const steps: [string, string][] = [
      ["new", "confirmed"],
      ["confirmed", "in_collection"],
      ["in_collection", "collected"],
      ["on_delivery", "done"],
      ["done", "completed_and_closed"],
    ];
    for (const [from, to] of steps) {
      const order = pick(from);
      expect((await change(order.id)).status).toBe(200);
      expect(ECOM_STATUS_TRANSITIONS[from as keyof typeof ECOM_STATUS_TRANSITIONS]).toContain(to);
      const after = await readOrder(base, order.id);
      expect(after.status).toBe(to);
      expect(after.order_items.every((i) => i.order_status === to)).toBe(true);
      const listedNow = await listed(`status=${to}`);
      expect(listedNow.map((o) => o.id)).toContain(order.id);
      expect(after.created_at).toBe(order.created_at);
    }
  });

  it("walks a new order all the way to a closed status", async () => {
    const [id] = await place();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await change(id!);
      seen.push((await readOrder(base, id!)).status);
    }
    expect(seen).toEqual(["confirmed", "in_collection", "collected", "on_delivery", "done", "completed_and_closed"]);
  });

  it("a closed order cannot move: its delivery charge is corrected, which the total shows", async () => {
    for (const status of ["completed_and_closed", "canceled"]) {
      const order = pick(status);
      expect((await change(order.id)).status).toBe(200);
      const after = await readOrder(base, order.id);
      expect(after.status).toBe(status);
      expect(after.total_price).not.toBe(order.total_price);
      const delta = cents(after.total_price) - cents(order.total_price);
      expect(delta).toBe(cents(after.delivery_price) - cents(order.delivery_price));
      const listedNow = (await listed(`status=${status}`)).find((o) => o.id === order.id);
      expect(listedNow?.total_price).toBe(after.total_price);
    }
  });

  it("an unknown id is the control's 404", () => shop.expectUnknown(["999999", "abc"]));
});

describe("ecom-md deleteOrder", () => {
  it("the order leaves the list and its detail answers DRF's 404", async () => {
    const order = pick("confirmed");
    const before = await listed();
    const reply = await control("DELETE", `/${order.id}`);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ ok: true });
    const after = await listed();
    expect(after.map((o) => o.id)).not.toContain(order.id);
    expect(after).toHaveLength(before.length - 1);
    for (const path of [`${order.id}`, `${order.id}/`, `${order.id}/address/`]) {
      const detail = await getJson(`${base}/external/external-order/${path}`, API);
      expect(detail.status).toBe(404);
      expect(detail.body).toEqual({ detail: "Not found." });
    }
    expect(await shop.ids()).not.toContain(String(order.id));
  });

  it("a placed order can be deleted too; a second delete or an unknown id is the control's 404", async () => {
    const [id] = await place();
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect((await getJson(`${base}/external/external-order/${id}/`)).status).toBe(404);
    expect((await control("DELETE", `/${id}`)).status).toBe(404);
    expect((await control("DELETE", "/12345678")).status).toBe(404);
  });
});

describe("ecom-md shop controls leave the seed example alone", () => {
  it("order 294 reads as before", async () => {
    const before = seeded.find((o) => o.id === 294);
    expect(await readOrder(base, 294)).toEqual(before);
  });
});
