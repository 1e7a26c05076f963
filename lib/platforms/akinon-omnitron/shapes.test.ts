// Reading Omnitron tolerantly: the seed's order in other plausible shapes (ids as ints or strings, money as
// strings, numbers or price objects, references as ids, objects or null, odd extra_field/attributes, unknown
// codes, extra nesting), one order in a page broken beyond reading, and a whole sandbox shop of such orders.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { PlatformError } from "../errors";
import list from "./fixtures/orders-list.json" with { type: "json" };
import { akinonOmnitronAdapter as adapter } from "./index";
import { parseOrder, toOrder } from "./mappers";
import { readOrderPage } from "./orders";

const { connectionTo, contextFor, sandboxesPerFile, walk } = adapterHarness(adapter);

const [seed1, seed2] = list.results;
const read = (raw: unknown): Order => toOrder(parseOrder(raw), raw, "c");
const item = seed2!.orderitem_set[1]!;

describe("one order in other shapes", () => {
  it("reads ids and status codes as ints or strings, and money as numbers, strings or price objects", () => {
    const raw = {
      ...seed2,
      id: "2",
      status: 450,
      amount: 207,
      shipping_amount: "7",
      discount_amount: 0,
      orderitem_set: [
        { ...item, id: 2, status: 450, price: { amount: "100.00", currency: "try" }, discount_amount: 10 },
        { ...item, id: "3", status: "550", price: 99.9 },
      ],
    };
    const order = read(raw);
    expect(order).toMatchObject({ id: "2", number: "1056370250512517", status: { code: "450", stage: "processing" } });
    expect(order.totals).toMatchObject({
      total: { amount: "207.00", currency: "TRY" },
      shipping: { amount: "7.00", currency: "TRY" },
      discount: { amount: "0.00", currency: "TRY" },
      subtotal: { amount: "199.90", currency: "TRY" },
    });
    expect(order.lines.map((line) => [line.id, line.status?.code, line.unitPrice?.amount, line.total?.amount])).toEqual(
      [
        ["2", "450", "100.00", "90.00"],
        ["3", "550", "99.90", "99.90"],
      ],
    );
  });

  it("reads references as bare ids, objects or null, and places as ids, names or country codes", () => {
    const address = seed1!.shipping_address;
    const raw = {
      ...seed1,
      customer: 77,
      shipping_address: {
        ...address,
        country: "TR",
        city: 34,
        township: null,
        district: { id: 9, name: "Moda", extra: {} },
      },
      billing_address: 501,
      channel: 2,
      cargo_company: { id: 4, name: "Yurtiçi" },
      payment_option: { id: 2, slug: "credit_card" },
    };
    const order = read(raw);
    expect(order.customer).toEqual({ name: null, email: null, phone: null });
    expect(order.shippingAddress).toMatchObject({ city: null, region: null, line2: "Moda", countryCode: "TR" });
    expect(order.billingAddress).toBeNull();
    expect(order.extras.facts).toContainEqual({ label: "Channel", value: "#2" });
    expect(order.extras.facts).toContainEqual({ label: "Cargo company id", value: "4" });
    const named = read({ ...seed1, shipping_address: { ...address, country: 1, city: "İstanbul" } });
    expect(named.shippingAddress).toMatchObject({ city: "İstanbul", country: null, countryCode: null });
  });

  it("reads extra_field and attributes in odd shapes, unknown codes and extra nesting without failing", () => {
    const raw = {
      ...seed2,
      status: "575",
      extra_field: ["legacy"],
      is_send: "False",
      installment_count: "3",
      external_status: { code: 7 },
      fulfillment: { warehouse: { id: 3, name: "Depo" } },
      orderitem_set: [
        {
          ...item,
          status: { code: 450 },
          extra_field: "n/a",
          price: "n/a",
          cancel_status: 3,
          attributes: [
            { name: "product_name", value: "Keten gömlek" },
            { name: "size", value: { value: "M" } },
          ],
        },
        { ...item, id: 4, status: "999", attributes: { color: { value: "Mavi" }, barcode: 8690000000012 } },
      ],
    };
    const order = read(raw);
    expect(order.status).toEqual({ code: "575", label: "575", stage: "delivered" });
    expect(order.extras.sentToErp).toBe(false);
    expect(order.extras.facts).toContainEqual({ label: "Installments", value: "3" });
    const [first, second] = order.lines;
    expect(first).toMatchObject({ name: "Keten gömlek", status: null, unitPrice: null, total: null });
    expect(second).toMatchObject({ variant: "Mavi", ean: "8690000000012", status: { code: "999", stage: "returned" } });
  });

  it("still refuses what it cannot list: no id, no readable date, no total, an item without an id", () => {
    const { id: _id, ...noId } = seed1!;
    const broken: [unknown, RegExp][] = [
      [noId, /\(id: /],
      [{ ...seed1, date_placed: "yesterday" }, /date_placed: "yesterday"/],
      [{ ...seed1, amount: { note: "free" } }, /\(amount: /],
      [{ ...seed1, currency: null }, /\(currency: /],
      [{ ...seed1, orderitem_set: [{ ...item, id: null }] }, /orderitem_set\.0\.id/],
    ];
    for (const [raw, message] of broken) {
      expect(() => read(raw)).toThrow(PlatformError);
      expect(() => read(raw)).toThrow(message);
    }
  });
});

describe("a page with one order broken beyond reading", () => {
  it("lists the others and names the broken one by its id", () => {
    const payload = {
      ...list,
      results: [seed1, { ...seed2, id: 2, date_placed: null }, { ...seed1, id: "7", amount: 9 }],
    };
    const page = readOrderPage(payload, "c", "Europe/Istanbul");
    expect(page.orders.map((order) => order.id)).toEqual(["1", "7"]);
    expect(page.unreadable).toEqual([
      { orderId: "2", message: expect.stringMatching(/^Akinon Omnitron sent an order we cannot read \(date_placed/) },
    ]);
    expect(page.count).toBe(595);
  });
});

describe("a shop whose orders come in varied shapes (sandbox variant)", () => {
  const { plain, varied } = sandboxesPerFile({
    plain: { count: 40 },
    varied: { count: 40, variant: { shapes: "varied" } },
  });

  it("passes the connection test", async () => {
    const conn = connectionTo(varied());
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
  });

  it("lists every order but the broken one, which is named, and reads them as the plain shop's", async () => {
    const conn = connectionTo(varied());
    const { orders, unreadable } = await walk(conn, contextFor(conn), { limit: 10 });
    expect(unreadable).toEqual([
      { orderId: "3", message: expect.stringMatching(/cannot read \((amount|date_placed)/) },
    ]);
    const plainConn = connectionTo(plain());
    const expected = (await walk(plainConn, contextFor(plainConn))).orders.filter((order) => order.id !== "3");
    const essentials = (order: Order) => ({
      id: order.id,
      number: order.number,
      placedAt: order.placedAt,
      status: order.status,
      total: order.totals.total,
      sentToErp: order.extras.sentToErp,
      lines: order.lines.map((line) => [line.id, line.sku, line.status?.code]),
    });
    expect(orders.map(essentials)).toEqual(expected.map(essentials));
    const error = await adapter.getOrder(conn, "3", contextFor(conn)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "bad_response" });
  });
});
