// The seed's own example payload (fixtures/orders-list.json, verbatim), mapped field by field; expected values
// written by hand from seed 004.
import { describe, expect, it } from "vitest";
import { PlatformError } from "../errors";
import { carrierSlug } from "./carriers";
import list from "./fixtures/orders-list.json" with { type: "json" };
import { parseOrder, toOrder } from "./mappers";
import { rawOrderPage } from "./schema";
import { statusOf } from "./statuses";

const page = rawOrderPage.parse(list);
const [first, second] = page.results.map((result) => toOrder(parseOrder(result), result, "conn-1"));

describe("the seed's order list", () => {
  it("parses the envelope", () => {
    expect(page.count).toBe(595);
    expect(page.next).toBe("https://akinon-bo.akinon.net/api/i1/orders/?limit=2&page=2");
    expect(page.results).toHaveLength(2);
  });
});

describe("order 1 (delivered, invoiced, sent to the ERP)", () => {
  const order = first!;

  it("maps ids, dates and status", () => {
    expect(order).toMatchObject({ connectionId: "conn-1", platform: "akinon-omnitron", id: "1" });
    expect(order).toMatchObject({ number: "1055565228112825", placedAt: "2019-06-17T13:35:47.026Z", updatedAt: null });
    expect(order.status).toEqual({ code: "550", label: "Delivered", stage: "delivered" });
  });

  it("maps money with the currency upper-cased", () => {
    expect(order.totals).toEqual({
      subtotal: { amount: "100.00", currency: "TRY" },
      shipping: { amount: "7.00", currency: "TRY" },
      discount: { amount: "0.00", currency: "TRY" },
      tax: null,
      total: { amount: "107.00", currency: "TRY" },
    });
    expect(order.payment).toEqual({ status: null, method: "Credit card", paid: null, reference: null });
  });

  it("maps the customer and both addresses", () => {
    expect(order.customer).toEqual({ name: "Lorem Ipsum", email: "example@email.com", phone: null });
    const expected = {
      name: "Lorem Ipsum",
      company: null,
      line1: "Rue Rambuteau",
      line2: null, // the district repeats the township
      city: "Paris",
      region: "75001 Paris",
      postalCode: null,
      countryCode: "FR",
      country: "France",
      phone: "05XXXXXXXX",
      email: "example@email.com",
    };
    expect(order.shippingAddress).toEqual(expected);
    expect(order.billingAddress).toEqual(expected);
  });

  it("maps the one item as a line of quantity 1 with its own status", () => {
    expect(order.lineCount).toBe(1);
    expect(order.lines).toEqual([
      {
        id: "1",
        sku: "1185185001",
        ean: null,
        name: "1185185001",
        variant: null,
        quantity: 1,
        unitPrice: { amount: "100.00", currency: "TRY" },
        taxRate: "18.00",
        taxAmount: null,
        total: { amount: "100.00", currency: "TRY" },
        status: { code: "550", label: "Delivered", stage: "delivered" },
        imageUrl: null,
        productUrl: null,
      },
    ]);
  });

  it("maps tracking, invoice and extras", () => {
    expect(order.shipping).toEqual({
      method: null,
      carrier: "Other",
      tracking: [{ number: "11111111", carrier: "Other", url: null }],
    });
    expect(order.invoice).toEqual({ number: "12345", url: "http://www.zrrcovgizghvjpsveflc.com/", date: null });
    expect(order.extras.sentToErp).toBe(true);
    expect(order.extras.facts).toEqual([
      { label: "Payment option", value: "credit_card" },
      { label: "Installments", value: "1" },
      { label: "Cargo company id", value: "1" },
    ]);
    expect(order.raw).toBe(list.results[0]);
  });
});

describe("order 2 (preparing, one item already delivered)", () => {
  const order = second!;

  it("maps status, totals and payment", () => {
    expect(order.id).toBe("2");
    expect(order.number).toBe("1056370250512517");
    expect(order.placedAt).toBe("2019-06-18T11:57:28.471Z");
    expect(order.status).toEqual({ code: "450", label: "Preparing", stage: "processing" });
    expect(order.totals.subtotal).toEqual({ amount: "200.00", currency: "TRY" });
    expect(order.totals.shipping).toEqual({ amount: "7.00", currency: "TRY" });
    expect(order.totals.total).toEqual({ amount: "207.00", currency: "TRY" });
    expect(order.payment.method).toBe("Kredi karti");
  });

  it("maps the address with its postcode", () => {
    expect(order.shippingAddress).toMatchObject({
      line1: "Rue des Pertuisanes",
      line2: null,
      city: "Montpellier",
      region: "34000 Montpellier",
      postalCode: "43211",
      countryCode: "FR",
    });
  });

  it("keeps one line per item, each with its status and tracking", () => {
    expect(order.lineCount).toBe(2);
    expect(
      order.lines.map((line) => [line.id, line.sku, line.quantity, line.status?.code, line.status?.stage]),
    ).toEqual([
      ["3", "1185185001", 1, "550", "delivered"],
      ["2", "1081448001", 1, "450", "processing"],
    ]);
    expect(order.shipping.tracking).toEqual([
      { number: "09847356", carrier: "Other", url: null },
      { number: "74436", carrier: null, url: null },
    ]);
    expect(order.shipping.carrier).toBe("Other");
  });

  it("has no invoice", () => {
    expect(order.invoice).toBeNull();
    expect(order.extras.sentToErp).toBe(true);
  });
});

describe("tolerance", () => {
  const base = list.results[0]!;

  it("reads int status codes, unknown fields and a missing item list", () => {
    const raw = { ...base, status: 560, brand_new_field: { x: 1 }, orderitem_set: undefined };
    const order = toOrder(parseOrder(raw), raw, "c");
    expect(order.status).toEqual({ code: "560", label: "560", stage: "delivered" });
    expect(order.lines).toEqual([]);
    expect(order.totals.subtotal).toBeNull();
  });

  it("names carriers, links their tracking pages and keeps item discounts exact", () => {
    const item = { ...base.orderitem_set[0]!, shipping_company: "yurtici", price: "99.90", discount_amount: "9.99" };
    const raw = { ...base, tracking_number: null, orderitem_set: [item], channel: { id: 2, name: "Trendyol" } };
    const order = toOrder(parseOrder(raw), raw, "c");
    expect(order.shipping.tracking).toEqual([
      {
        number: "11111111",
        carrier: "Yurtiçi Kargo",
        url: "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=11111111",
      },
    ]);
    expect(order.lines[0]?.total).toEqual({ amount: "89.91", currency: "TRY" });
    expect(order.extras.facts?.[0]).toEqual({ label: "Channel", value: "Trendyol" });
  });

  it("refuses an order without its id as bad_response", () => {
    const { id: _id, ...raw } = base;
    expect(() => parseOrder(raw)).toThrow(PlatformError);
    expect(() => parseOrder(raw)).toThrow(/id/);
  });

  it("has carrier spellings", () => {
    expect(carrierSlug("Yurtiçi Kargo")).toBe("yurtici");
    expect(carrierSlug("HEPSIJET")).toBe("hepsijet");
    expect(carrierSlug("Foo Express")).toBe("foo express");
    expect(statusOf("50").stage).toBe("exception");
    expect(statusOf("600")).toEqual({ code: "600", label: "Refunded", stage: "returned" });
  });
});
