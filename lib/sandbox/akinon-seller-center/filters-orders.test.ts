// Every order and order-item filter of section 3, checked against the records themselves.
import { beforeAll, describe, expect, it } from "vitest";
import { toCents } from "../core/money";
import { expectFilter, expectInvalid, sellerCenterForTests } from "./test-client";
import type { OrderItemWire, OrderWire } from "./types";

const { api } = sellerCenterForTests();
let orders: OrderWire[];
let items: OrderItemWire[];
let orderOf: (item: OrderItemWire) => OrderWire;

const cents = (value: string | null) => (value === null ? null : (toCents(value) ?? Number.NaN));
const ms = (iso: string) => Date.parse(iso);
/** A value from the middle of a sorted list, so a range filter splits the records. */
const middle = <T>(values: T[]): T => [...values].sort()[Math.floor(values.length / 2)] as T;

beforeAll(async () => {
  orders = await api.all<OrderWire>("/api/i1/orders/");
  items = await api.all<OrderItemWire>("/api/i1/order-items/");
  const byId = new Map(orders.map((order) => [order.id, order]));
  orderOf = (item) => byId.get(item.order) as OrderWire;
});

const ordersWhere = (query: string, predicate: (order: OrderWire) => boolean) =>
  expectFilter(api, "orders", orders, query, predicate);
const itemsWhere = (query: string, predicate: (item: OrderItemWire) => boolean) =>
  expectFilter(api, "order-items", items, query, predicate);

describe("order filters", () => {
  it("number, number__contains, number__icontains", async () => {
    const number = orders[5]!.number;
    await ordersWhere(`number=${number}`, (o) => o.number === number);
    await ordersWhere(`number__contains=${number.slice(2, 4)}`, (o) => o.number.includes(number.slice(2, 4)));
    await ordersWhere(`number__icontains=${number.slice(1, 3)}`, (o) => o.number.includes(number.slice(1, 3)));
  });

  it("status (a number: 600 and 600.0 alike)", async () => {
    await ordersWhere("status=600", (o) => o.status === 600);
    await ordersWhere("status=600.0", (o) => o.status === 600);
    await ordersWhere("status=100", (o) => o.status === 100);
  });

  it("date_placed__gte|gt|lte|lt", async () => {
    const at = middle(orders.map((o) => o.date_placed));
    await ordersWhere(`date_placed__gte=${at}`, (o) => ms(o.date_placed) >= ms(at));
    await ordersWhere(`date_placed__gt=${at}`, (o) => ms(o.date_placed) > ms(at));
    await ordersWhere(`date_placed__lte=${at}`, (o) => ms(o.date_placed) <= ms(at));
    await ordersWhere(`date_placed__lt=${at}`, (o) => ms(o.date_placed) < ms(at));
    const day = at.slice(0, 10);
    await ordersWhere(`date_placed__gte=${day}`, (o) => ms(o.date_placed) >= ms(`${day}T00:00:00Z`));
    const local = `${day}T03:00:00%2B03:00`; // the same instant written in Istanbul time
    await ordersWhere(`date_placed__lt=${local}`, (o) => ms(o.date_placed) < ms(`${day}T00:00:00Z`));
  });

  it("amount__* and discount_amount__* compare as decimals", async () => {
    const amount = cents(middle(orders.map((o) => o.amount.padStart(12, "0"))))!;
    const text = (amount / 100).toFixed(2);
    await ordersWhere(`amount__lt=${text}`, (o) => cents(o.amount)! < amount);
    await ordersWhere(`amount__lte=${text}`, (o) => cents(o.amount)! <= amount);
    await ordersWhere(`amount__gt=${text}`, (o) => cents(o.amount)! > amount);
    await ordersWhere(`amount__gte=${text}`, (o) => cents(o.amount)! >= amount);
    await ordersWhere("discount_amount__gt=0", (o) => cents(o.discount_amount)! > 0);
    await ordersWhere("discount_amount__lte=0.00", (o) => cents(o.discount_amount)! === 0);
    await ordersWhere("discount_amount__gte=0.01", (o) => cents(o.discount_amount)! >= 1);
    await ordersWhere("discount_amount__lt=50", (o) => cents(o.discount_amount)! < 5000);
  });

  it("currency (either case), has_gift_box", async () => {
    await ordersWhere("currency=TRY", (o) => o.currency === "try");
    await ordersWhere("currency=usd", (o) => o.currency === "usd");
    await ordersWhere("has_gift_box=true", (o) => o.has_gift_box);
    await ordersWhere("has_gift_box=0", (o) => !o.has_gift_box);
    expect(await api.all("/api/i1/orders/?has_gift_box=maybe")).toHaveLength(orders.length);
  });

  it("created_at__* and updated_at__* (internal stamps: created a few seconds after placing, updated at the last event)", async () => {
    const at = middle(orders.map((o) => o.date_placed));
    const ids = async (query: string) =>
      new Set((await api.all<OrderWire>(`/api/i1/orders/?${query}`)).map((o) => o.id));
    for (const field of ["created_at", "updated_at"]) {
      const [gte, gt, lte, lt] = await Promise.all(
        ["gte", "gt", "lte", "lt"].map((op) => ids(`${field}__${op}=${at}`)),
      );
      // Either side of the instant, nothing lost or doubled.
      expect(gte!.size + lt!.size).toBe(orders.length);
      expect(gt!.size + lte!.size).toBe(orders.length);
      for (const order of orders) {
        if (ms(order.date_placed) >= ms(at)) expect(gte!.has(order.id) && gt!.has(order.id)).toBe(true);
        if (lt!.has(order.id)) expect(ms(order.date_placed)).toBeLessThan(ms(at));
        if (field === "created_at" && gte!.has(order.id))
          expect(ms(order.date_placed)).toBeGreaterThan(ms(at) - 31_000);
      }
    }
  });
});

describe("order item filters", () => {
  it("order (uuid), order__number, order__status, order__number__contains|icontains", async () => {
    const order = orderOf(items.find((item) => orderOf(item).status === 600)!);
    await itemsWhere(`order=${order.id}`, (i) => i.order === order.id);
    await itemsWhere(`order=${order.id.toUpperCase().replace(/-/g, "")}`, (i) => i.order === order.id);
    await itemsWhere(`order__number=${order.number}`, (i) => orderOf(i).number === order.number);
    await itemsWhere("order__status=600", (i) => orderOf(i).status === 600);
    await itemsWhere(`order__number__contains=${order.number.slice(3, 5)}`, (i) =>
      orderOf(i).number.includes(order.number.slice(3, 5)),
    );
    await itemsWhere(`order__number__icontains=${order.number.slice(0, 2)}`, (i) =>
      orderOf(i).number.includes(order.number.slice(0, 2)),
    );
  });

  it("status", async () => {
    await itemsWhere("status=600", (i) => i.status === 600);
    await itemsWhere("status=900", (i) => i.status === 900);
  });

  it("order__date_placed__gte|gt|lte|lt", async () => {
    const at = middle(orders.map((o) => o.date_placed));
    const placed = (i: OrderItemWire) => ms(orderOf(i).date_placed);
    await itemsWhere(`order__date_placed__gte=${at}`, (i) => placed(i) >= ms(at));
    await itemsWhere(`order__date_placed__gt=${at}`, (i) => placed(i) > ms(at));
    await itemsWhere(`order__date_placed__lte=${at}`, (i) => placed(i) <= ms(at));
    await itemsWhere(`order__date_placed__lt=${at}`, (i) => placed(i) < ms(at));
  });

  it("price__*, retail_price__* (never matching a null), discount_amount__*", async () => {
    await itemsWhere("price__lt=500", (i) => cents(i.price)! < 50_000);
    await itemsWhere("price__lte=649.90", (i) => cents(i.price)! <= 64_990);
    await itemsWhere("price__gt=649.9", (i) => cents(i.price)! > 64_990);
    await itemsWhere("price__gte=1000", (i) => cents(i.price)! >= 100_000);
    await itemsWhere("retail_price__lt=500", (i) => i.retail_price !== null && cents(i.retail_price)! < 50_000);
    await itemsWhere("retail_price__lte=749.90", (i) => i.retail_price !== null && cents(i.retail_price)! <= 74_990);
    await itemsWhere("retail_price__gt=749.90", (i) => i.retail_price !== null && cents(i.retail_price)! > 74_990);
    await itemsWhere("retail_price__gte=0", (i) => i.retail_price !== null);
    await itemsWhere("discount_amount__gt=0", (i) => cents(i.discount_amount)! > 0);
    await itemsWhere("discount_amount__gte=10", (i) => cents(i.discount_amount)! >= 1000);
    await itemsWhere("discount_amount__lt=10", (i) => cents(i.discount_amount)! < 1000);
    await itemsWhere("discount_amount__lte=0", (i) => cents(i.discount_amount)! <= 0);
  });

  it("price_currency (either case)", async () => {
    await itemsWhere("price_currency=TRY", (i) => i.price_currency === "try");
    await itemsWhere("price_currency=eur", (i) => i.price_currency === "eur");
  });

  it("created_at__* and updated_at__* (a delivered item was last updated at delivery)", async () => {
    const delivered = (i: OrderItemWire) => i.status === 600 && i.cancel_status === null;
    const at = middle(items.filter(delivered).map((i) => i.delivered_date ?? ""));
    const check = (op: string, test: (a: number, b: number) => boolean) =>
      itemsWhere(
        `status=600&updated_at__${op}=${at}`,
        (i) => i.status === 600 && test(ms(i.delivered_date ?? ""), ms(at)),
      );
    await check("gte", (a, b) => a >= b);
    await check("gt", (a, b) => a > b);
    await check("lte", (a, b) => a <= b);
    await check("lt", (a, b) => a < b);
    const placed = middle(orders.map((o) => o.date_placed));
    const after = new Set(
      (await api.all<OrderItemWire>(`/api/i1/order-items/?created_at__gte=${placed}`)).map((i) => i.id),
    );
    const before = new Set(
      (await api.all<OrderItemWire>(`/api/i1/order-items/?created_at__lt=${placed}`)).map((i) => i.id),
    );
    const gt = await api.all<OrderItemWire>(`/api/i1/order-items/?created_at__gt=${placed}`);
    const lte = await api.all<OrderItemWire>(`/api/i1/order-items/?created_at__lte=${placed}`);
    expect(after.size + before.size).toBe(items.length);
    expect(gt.length + lte.length).toBe(items.length);
    for (const item of items) {
      const time = ms(orderOf(item).date_placed);
      if (time >= ms(placed)) expect(after.has(item.id)).toBe(true);
      if (after.has(item.id)) expect(time).toBeGreaterThan(ms(placed) - 31_000);
    }
  });
});

describe("filter values Django refuses, and what it ignores", () => {
  it("400 with the field's message", async () => {
    await expectInvalid(api, "/api/i1/orders/?status=abc&amount__gt=1,5", {
      status: ["Enter a number."],
      amount__gt: ["Enter a number."],
    });
    await expectInvalid(api, "/api/i1/orders/?date_placed__gte=2024-13-01", {
      date_placed__gte: ["Enter a valid date/time."],
    });
    await expectInvalid(api, "/api/i1/order-items/?order=nope", {
      order: ["Select a valid choice. That choice is not one of the available choices."],
    });
    await expectInvalid(api, "/api/i1/order-items/?order=00000000-0000-4000-8000-000000000000", {
      order: ["Select a valid choice. That choice is not one of the available choices."],
    });
  });

  it("ignores unknown parameters, the seed's underscore-less spellings and empty values", async () => {
    expect(await api.all("/api/i1/orders/?foo=bar&status=&ordernumbercontains=1")).toHaveLength(orders.length);
  });
});
