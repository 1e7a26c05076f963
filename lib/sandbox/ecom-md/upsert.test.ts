// POST /external/external-order/: the upsert that creates, updates and moves the status of orders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { startTestSandbox } from "../testing";
import { PROMO_CODES } from "./catalogue/shops";
import { ECOM_STATUS_TRANSITIONS, type EcomStatus } from "./constants";
import { createEcomMdSandbox } from "./index";
import seedUpsert from "./seed-examples/upsert-294.json" with { type: "json" };
import {
  allOrders,
  API,
  cents,
  getJson,
  type OrderJson,
  orderIn as orderInHelper,
  post,
  readOrder,
} from "./test-helpers";

let sandbox: RunningSandbox;
let base: string;
let orders: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ factories: { "ecom-md": createEcomMdSandbox }, count: 60 });
  base = sandbox.baseUrl("ecom-md");
  orders = `${base}/external/external-order/`;
});
afterAll(async () => {
  await sandbox.stop();
});

const read = (id: number) => readOrder(base, id);
const orderIn = (status: EcomStatus) => orderInHelper(base, status);
const setStatus = (order: OrderJson, status: string) =>
  post(orders, [{ order_id: order.id, order_items: [{ order_id: order.order_items[0]!.id, order_status: status }] }]);

describe("ecom-md upsert: the seed's example", () => {
  it("is accepted verbatim and order 294 reads back with every field it set", async () => {
    const before = await read(294);
    expect(before.status).toBe("on_delivery");
    const raw = await fetch(orders, {
      method: "POST",
      headers: { ...API, "Content-Type": "application/json", "Accept-Language": "ro" },
      body: JSON.stringify(seedUpsert),
    });
    expect(raw.status).toBe(200);
    const answer = (await raw.json()) as OrderJson[];
    const after = await read(294);
    expect(answer).toEqual([after]);

    const [example] = seedUpsert;
    const [item] = example!.order_items;
    expect(after.id).toBe(example!.order_id);
    expect(after.payment.transaction_id).toBe(example!.rrn);
    expect(after.shop).toBe(example!.shop);
    expect(after.payment.promo_code).toBe(PROMO_CODES.find((p) => p.id === example!.promocode)!.code);
    expect(after.status).toBe(item!.order_status);
    expect(after.order_items).toHaveLength(1);
    const line = after.order_items[0]!;
    expect(line).toMatchObject({ id: item!.order_id, quantity: item!.quantity, order_status: item!.order_status });
    expect(line.product.id).toBe(item!.product);
    expect(line.loyalty_price).toBe("88.00");
    // Σ loyalty price × quantity + delivery − 10 % promo.
    expect(cents(after.total_price)).toBe(88_00 * 1000 + cents(after.delivery_price) - cents(after.discount));
    expect(after.discount).toBe("8800.00");

    const address = (
      await getJson<Record<string, unknown>>(`${orders}294/address/`, { ...API, "Accept-Language": "ru" })
    ).body;
    for (const [key, value] of Object.entries(example!.address)) expect(address[key]).toEqual(value);
    expect(address.address).toBe("testru");
    // The upsert replaces the address [assumed]: the languages the example leaves out are cleared.
    expect(address.address_ro).toBe("");
    expect(after.customer.address?.id).toBe(example!.address.address_id);
    expect(after.customer.address?.sector?.id).toBe(example!.address.sector);
  });

  it("is refused when sent again after the order moved on: done → done is no move, but done is not on_delivery", async () => {
    // Same status again is not a transition: accepted.
    expect((await post(orders, seedUpsert)).status).toBe(200);
    const closed = await post(orders, [
      { order_id: 294, order_items: [{ order_id: 12, order_status: "completedandclosed" }] },
    ]);
    expect(closed.status).toBe(200);
    const back = await post(orders, seedUpsert);
    expect(back.status).toBe(400);
    expect(back.body).toEqual([
      { order_items: [{ order_status: ["Cannot change status from completed_and_closed to done."] }] },
    ]);
  });
});

describe("ecom-md upsert: replaces the order's rrn, promo code and address [assumed, the stricter reading]", () => {
  it("what the body leaves out is cleared; a sent address replaces the whole address", async () => {
    const order = await orderIn("new");
    const item = { order_id: order.order_items[0]!.id };
    const full = await post(orders, [
      {
        order_id: order.id,
        rrn: "123456789012",
        promocode: 2,
        order_items: [item],
        address: { address_ro: "str. Ismail 33", store: 1, region_id: 101, locality_id: 63933, sector: 9 },
      },
    ]);
    expect(full.status).toBe(200);
    const kept = await read(order.id);
    expect(kept.payment).toMatchObject({ transaction_id: "123456789012", promo_code: "VARA15" });
    const address = (await getJson<Record<string, unknown>>(`${orders}${order.id}/address/`)).body;
    expect(address).toMatchObject({
      store: 1,
      address_ro: "str. Ismail 33",
      address_ru: "",
      zip_code: null,
      sector: 9,
    });

    expect((await post(orders, [{ order_id: order.id, order_items: [item] }])).status).toBe(200);
    const cleared = await read(order.id);
    expect(cleared.payment).toMatchObject({ transaction_id: null, promo_code: null });
    expect(cleared.customer.address).toBeNull();
    expect((await getJson(`${orders}${order.id}/address/`)).status).toBe(404);
    expect(cleared.order_items).toEqual(kept.order_items);
  });

  it("an address must name its region and locality", async () => {
    const res = await post(orders, [{ order_id: 294, address: { address_ro: "x" } }]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual([
      { address: { region_id: ["This field is required."], locality_id: ["This field is required."] } },
    ]);
  });
});

describe("ecom-md upsert: status workflow (platforms.md section 6)", () => {
  it("walks an order from new to completed_and_closed through allowed moves", async () => {
    // A generated order, so that "nothing but the status moved" is checked on realistic data.
    const order = (await allOrders(base, "status=new"))[0] ?? (await orderIn("new"));
    const found = await getJson<Record<string, unknown>>(`${orders}${order.id}/address/`);
    const address = found.status === 200 ? found.body : null;
    const promo = PROMO_CODES.find((p) => p.code === order.payment.promo_code);
    // The upsert replaces rrn, promocode and address: a status change repeats them.
    const keep = { rrn: order.payment.transaction_id, promocode: promo?.id ?? null, address };
    for (const next of [
      "confirmed",
      "in_collection",
      "collected",
      "at_courier_sort_center",
      "on_delivery",
      "done",
      "completed_and_closed",
    ]) {
      const res = await post(orders, [
        { order_id: order.id, ...keep, order_items: [{ order_id: order.order_items[0]!.id, order_status: next }] },
      ]);
      expect(res.status).toBe(200);
      const after = await read(order.id);
      expect(after.status).toBe(next);
      expect(after.order_items.every((i) => i.order_status === next)).toBe(true);
      // Nothing but the status moved.
      expect({ ...after, status: "", order_items: [] }).toEqual({ ...order, status: "", order_items: [] });
    }
  });

  it("refuses every move the table forbids, as a DRF list error, and leaves the order untouched", async () => {
    const order = await orderIn("confirmed");
    const forbidden = (["done", "new", "on_delivery", "returned_to_warehouse"] as const).filter(
      (s) => !ECOM_STATUS_TRANSITIONS.confirmed.includes(s),
    );
    for (const status of forbidden) {
      const res = await post(orders, [
        { order_id: 294 },
        { order_id: order.id, order_items: [{ order_id: order.order_items[0]!.id, order_status: status }] },
      ]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([
        {},
        { order_items: [{ order_status: [`Cannot change status from confirmed to ${status}.`] }] },
      ]);
    }
    expect(await read(order.id)).toEqual(order);
  });

  it("a delivery problem goes back on delivery or to return; a refusal only to the warehouse", async () => {
    const order = await orderIn("client_no_answer");
    expect((await setStatus(order, "on_delivery")).status).toBe(200);
    expect((await setStatus(order, "customer_refusal")).status).toBe(200);
    expect((await setStatus(order, "on_delivery")).status).toBe(400);
    expect((await setStatus(order, "returnedtowarehouse")).status).toBe(200);
    expect((await read(order.id)).status).toBe("returned_to_warehouse");
  });

  it("rejects an unknown status value and items that disagree", async () => {
    const order = await orderIn("new");
    const bad = await setStatus(order, "shipped");
    expect(bad.body).toEqual([{ order_items: [{ order_status: ['"shipped" is not a valid choice.'] }] }]);
    const mixed = await post(orders, [
      {
        order_id: order.id,
        order_items: [
          { product: 104393, order_status: "confirmed" },
          { product: 104521, order_status: "canceled" },
        ],
      },
    ]);
    expect(mixed.status).toBe(400);
    expect(mixed.body).toEqual([
      { order_items: [{}, { order_status: ["All items of an order must have the same status."] }] },
    ]);
  });
});

describe("ecom-md upsert: create and validate", () => {
  it("creates an unknown order_id, then updates it", async () => {
    const body = [
      {
        order_id: 900001,
        shop: 1,
        promocode: null,
        order_items: [
          { product: 104461, quantity: 2 },
          { product: 104521, quantity: 1, loyalty_price: "140" },
        ],
        address: { address_ro: "str. Ismail 33", zip_code: 2001, region_id: 101, locality_id: 63933, sector: 9 },
        customer: { name: "Natalia Cojocaru", phone: "+37379555123", email: "natalia.cojocaru@gmail.com" },
      },
    ];
    const created = await post(orders, body);
    expect(created.status).toBe(200);
    const order = await read(900001);
    expect(order.status).toBe("new");
    expect(order.customer.name).toBe("Natalia Cojocaru");
    expect(order.order_items.map((i) => [i.product.id, i.quantity, i.price, i.loyalty_price])).toEqual([
      [104461, 2, "599.00", null],
      [104521, 1, "149.00", "140.00"],
    ]);
    expect(order.total_price).toBe((599 * 2 + 140 + Number(order.delivery_price)).toFixed(2));
    expect((await allOrders(base)).some((o) => o.id === 900001)).toBe(true);

    expect((await setStatus(order, "confirmed")).status).toBe(200);
    expect((await read(900001)).order_items).toHaveLength(2);
  });

  it("answers field errors per order the DRF way", async () => {
    const res = await post(orders, [
      { order_id: 900002, order_items: [{ product: 1 }], address: { region_id: 101, locality_id: 64010 } },
      { order_id: "x" },
    ]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual([
      {
        shop: ["This field is required."],
        order_items: [{ product: ['Invalid pk "1" - object does not exist.'] }],
        address: { locality_id: ["Locality 64010 does not belong to region 101."] },
      },
      {
        order_id: ["A valid integer is required."],
        shop: ["This field is required."],
        order_items: ["This field is required."],
        address: ["This field is required."],
      },
    ]);
    expect((await getJson(`${orders}900002/`)).status).toBe(404);
  });

  it("wants a JSON array with Content-Type application/json", async () => {
    const dict = await post(orders, { order_id: 294 });
    expect(dict).toEqual({
      status: 400,
      body: { non_field_errors: ['Expected a list of items but got type "dict".'] },
    });
    const text = await fetch(orders, { method: "POST", headers: API, body: "[]" });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ detail: 'Unsupported media type "text/plain;charset=UTF-8" in request.' });
    const broken = await fetch(orders, {
      method: "POST",
      headers: { ...API, "Content-Type": "application/json" },
      body: "[{",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { detail: string }).detail).toMatch(/^JSON parse error/);
  });
});
