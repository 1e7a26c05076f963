// The rule for reading (issue #10, item 4) and times without an offset (item 12), on payloads in shapes the
// docs allow or leave open: ids as ints or strings, money as floats, strings or price objects, line items with
// an item_type the docs do not list, invoice/tags/internal_notes/meta_fields in odd shapes, and orders broken
// beyond reading in a page. Built from the seed's own order 12345001; expected values written by hand.
import { describe, expect, it } from "vitest";
import { readEach } from "../read-each";
import { DEFAULT_TIME_ZONE } from "./assumed";
import getOrder from "./fixtures/get-order-12345001.json" with { type: "json" };
import { toOrder } from "./mappers";
import { currentNotes } from "./notes";
import { timeZoneOf } from "./orders";

const ron = (amount: string) => ({ amount, currency: "RON" });
const [sandal, dress] = getOrder.line_items;

const PAGE: unknown[] = [
  {
    ...getOrder,
    id: "12345001",
    total_amount: "503.05",
    shipping_amount: "15",
    shipping_tax_amount: { amount: "2.39", currency: "RON" },
    date_created: "2020-03-25 07:42:28",
    date_modified: { at: "later" },
    line_items: [
      { ...sandal, unit_price_gross: "218.99", line_subtotal_gross: "218.99", quantity: "1" },
      { ...dress, item_type: "bundle_item", meta_fields: "" },
      {
        item_type: "gift_card",
        product_name: "Card cadou",
        quantity: 1,
        unit_price_gross: "n/a",
        line_subtotal_gross: null,
      },
      "garbage",
    ],
    invoice: [],
    tags: ["VIP", { id: 2, name: "Client fidel" }, 5, { id: 3 }],
    internal_notes: [{ id: "4", text: "Sunat clientul", author: { id: 1 } }, "Nota simpla", { text: { rich: true } }],
    meta_fields: [{ key: "source", value: "pos" }],
    shipping_delivery_info: "24h",
    brand_new: { nested: { deeper: [1, 2] } },
  },
  { ...getOrder, id: 12345002, total_amount: "abc" },
  { ...getOrder, id: 12345003, date_created: "yesterday" },
  {
    ...getOrder,
    id: 12345004,
    currency: "eur",
    shipping_status: "at_locker",
    payment_status: { code: "paid" },
    invoice: { prefix: "F", number: 7, cancelled: "1", url: 5 },
    tags: "VIP",
    internal_notes: [],
  },
];

describe("merchantpro: a page in varied shapes", () => {
  const { orders, unreadable } = readEach(PAGE, (raw) => toOrder(raw, "c", DEFAULT_TIME_ZONE));
  const byId = (id: string) => {
    const order = orders.find((o) => o.id === id);
    if (!order) throw new Error(`order ${id} was not read`);
    return order;
  };

  it("lists every readable order and names the ones it could not read", () => {
    expect(orders.map((o) => o.id)).toEqual(["12345001", "12345004"]);
    expect(unreadable).toEqual([
      {
        orderId: "12345002",
        message: expect.stringContaining("MerchantPro sent an order we cannot read (total_amount"),
      },
      { orderId: "12345003", message: "MerchantPro sent order 12345003 without a readable date_created" },
    ]);
  });

  it("essential fields: a string id and total, an offset-less date_created in Bucharest (UTC+2 in March)", () => {
    const order = byId("12345001");
    expect(order.totals.total).toEqual(ron("503.05"));
    expect(order.placedAt).toBe("2020-03-25T05:42:28.000Z");
    expect(order.updatedAt).toBeNull();
    expect(order.status.code).toBe("awaiting");
  });

  it("lines: an unknown item_type is a product line; an unreadable price is a line without a price", () => {
    const lines = byId("12345001").lines;
    expect(lines.map((l) => [l.id, l.name, l.quantity, l.unitPrice, l.total])).toEqual([
      ["1", "Giuseppe Zanotti Women's Swarovski Sandal", 1, ron("218.99"), ron("218.99")],
      ["2", "Women's Nunaked Dress Sandal", 2, ron("117.03"), ron("234.06")],
      ["3", "Card cadou", 1, null, null],
      ["4", "Item", 1, null, null],
    ]);
    // A partial sum would be a wrong amount: the subtotal is unknown, the shipping tax comes from a price object.
    expect(byId("12345001").totals).toMatchObject({ subtotal: null, shipping: ron("15.00") });
  });

  it("invoice, tags, notes and meta_fields in odd shapes are read as far as they can be", () => {
    const order = byId("12345001");
    expect(order.invoice).toBeNull();
    expect(order.extras.tags).toEqual(["VIP", "Client fidel"]);
    expect(order.extras.internalNotes).toEqual([
      { id: "4", at: null, author: null, text: "Sunat clientul" },
      { id: null, at: null, author: null, text: "Nota simpla" },
    ]);
    expect(order.extras.facts).toContainEqual({ label: "Split from order", value: "39787708" });
    expect(order.extras.facts?.find((f) => f.label === "Delivery time")).toBeUndefined();
  });

  it("an unknown status keeps its code; an unreadable payment status is none; an invoice with an int number", () => {
    const order = byId("12345004");
    expect(order.status).toMatchObject({ code: "at_locker", stage: "processing" });
    expect(order.payment.status).toBeNull();
    expect(order.totals.total).toEqual({ amount: "453.05", currency: "EUR" });
    expect(order.invoice).toEqual({ number: "F7", url: null, date: null });
    expect(order.extras.facts).toContainEqual({ label: "Invoice", value: "Cancelled (storno)" });
    expect(order.extras.tags).toEqual([]);
  });
});

describe("merchantpro: notes sent back by add-note", () => {
  it("every earlier note with its id (as an int when it is one), strings as notes without an id", () => {
    const payload = { internal_notes: [{ id: "4", text: "Sunat" }, { id: 9, text: "Platit" }, "Nota", { id: 5 }] };
    expect(currentNotes(payload, "1")).toEqual([{ id: 4, text: "Sunat" }, { id: 9, text: "Platit" }, { text: "Nota" }]);
    expect(currentNotes({ internal_notes: null }, "1")).toEqual([]);
    expect(currentNotes({ internal_notes: [] }, "1")).toEqual([]);
  });

  it("a note list it cannot read stops the write instead of wiping it", () => {
    expect(() => currentNotes({ internal_notes: { 1: { text: "x" } } }, "7")).toThrow(
      /cannot read; the note was not added/,
    );
    expect(() => currentNotes({ internal_notes: [{ id: 1, text: { rich: true } }] }, "7")).toThrow(/internal notes/);
  });
});

describe("merchantpro: times without an offset are read in the connection's time zone", () => {
  const at = (timeZone: string) => toOrder({ ...getOrder, date_created: "2024-01-15 10:00:00" }, "c", timeZone);

  it("defaults to Europe/Bucharest; follows the connection's timeZone option", () => {
    expect(at(timeZoneOf({ options: {} })).placedAt).toBe("2024-01-15T08:00:00.000Z");
    expect(at(timeZoneOf({ options: { timeZone: "Asia/Tokyo" } })).placedAt).toBe("2024-01-15T01:00:00.000Z");
    // The seed's dates carry an offset: exact in any zone.
    expect(toOrder(getOrder, "c", "Asia/Tokyo").placedAt).toBe("2020-03-25T05:42:28.000Z");
  });
});
