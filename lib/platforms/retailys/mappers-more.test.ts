// The authored expanded and returned orders → neutral orders, field by field; and what the parser tolerates.
import { describe, expect, it } from "vitest";
import { czk, eur, expandedPayload, map, newPayload, returnedPayload, sentPayload } from "./fixtures/orders";
import { parseOrder } from "./mappers";

describe("order 5003 (expanded: EUR, company, partly paid, history)", () => {
  const order = map(expandedPayload);

  it("maps status, payment and dates", () => {
    expect(order.placedAt).toBe("2026-07-10T14:45:12.000Z");
    expect(order.updatedAt).toBe("2026-07-11T08:15:00.000Z");
    expect(order.status).toEqual({ code: "4", label: "Vyřizuje se", stage: "pending" });
    expect(order.payment).toEqual({
      status: { code: "partially_paid", label: "Partially paid" },
      method: "Dobírka",
      paid: eur("40.00"),
      reference: null,
    });
  });

  it("maps the company billing and a different delivery address", () => {
    expect(order.customer).toEqual({
      name: "Drevo Plus s.r.o.",
      email: "fakturacia@drevoplus.sk",
      phone: "+421 41 500 1234",
    });
    expect(order.billingAddress).toMatchObject({
      name: "Drevo Plus s.r.o.",
      company: "Drevo Plus s.r.o.",
      line1: "Mlynská 7",
      city: "Žilina",
      postalCode: "010 01",
      countryCode: "SK",
      country: "Slovakia",
    });
    expect(order.shippingAddress).toEqual({
      name: "Jana Horváthová",
      company: null,
      line1: "Námestie SNP 3",
      line2: null,
      city: "Banská Bystrica",
      region: null,
      postalCode: "974 01",
      countryCode: "SK",
      country: "Slovakia",
      phone: "+421 904 555 111",
      email: "jana@drevoplus.sk",
    });
  });

  it("maps EUR lines and totals", () => {
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.taxRate, l.taxAmount, l.total])).toEqual([
      ["NZ-24", 1, eur("45.90"), "21", eur("7.97"), eur("45.90")],
      ["UT-5", 4, eur("8.49"), "21", eur("5.88"), eur("33.96")],
    ]);
    expect(order.totals).toEqual({
      subtotal: eur("79.86"),
      shipping: eur("4.99"),
      discount: eur("5.10"),
      tax: eur("13.85"),
      total: eur("86.34"),
    });
    expect(order.shipping).toEqual({ method: "DPD – doručení na adresu", carrier: null, tracking: [] });
    expect(order.invoice).toBeNull();
  });

  it("keeps history, our note and the rest as extras", () => {
    expect(order.extras.history).toEqual([
      { id: "31", at: "2026-07-10T14:45:12.000Z", author: null, text: "Objednávka vytvořena (Nová)" },
      { id: "32", at: "2026-07-11T07:00:00.000Z", author: null, text: "Přijata platba 40.00 EUR (Nová)" },
      {
        id: "33",
        at: "2026-07-11T08:15:00.000Z",
        author: null,
        text: "Zákazník potvrdil adresu telefonicky. (Vyřizuje se)",
      },
    ]);
    expect(order.extras.internalNotes).toEqual([
      { id: null, at: null, author: null, text: "Zákazník platí zálohu 40 EUR, zbytek na dobírku." },
    ]);
    expect(order.extras.facts).toEqual([
      { label: "Channel", value: "E-shop SK (#2)" },
      { label: "Customer note", value: "Prosím volať pred doručením." },
      { label: "External order id", value: "SK-2026-0457" },
      { label: "Company ID (IČO)", value: "47258391" },
      { label: "VAT ID (DIČ)", value: "SK2023456789" },
      { label: "Due date", value: "2026-07-24T14:45:12.000Z" },
      { label: "Paid on", value: "2026-07-11T07:00:00.000Z" },
      { label: "Payment fee", value: "1.49 EUR" },
      { label: "Exchange rate", value: "1 EUR = 24.6 CZK" },
      { label: "Weight", value: "1.35 kg" },
      { label: "Waiting for stock NZ-24", value: "1 of 1" },
      { label: "Item note UT-5", value: "Dárkové balení" },
      { label: "Order page", value: "https://www.example-shop.sk/objednavka/5003" },
    ]);
    expect((order.raw as { loyaltyPoints: number }).loyaltyPoints).toBe(86);
  });
});

describe("order 5004 (canceled after delivery, unknown shipper)", () => {
  const order = map(returnedPayload);

  it("is a return, keeps the platform's own tracking link and has no delivery address", () => {
    expect(order.status).toEqual({ code: "10", label: "Vrácena", stage: "returned" });
    expect(order.payment.status).toEqual({ code: "paid", label: "Paid" });
    expect(order.shippingAddress).toBeNull();
    expect(order.billingAddress?.phone).toBeNull();
    expect(order.shipping.tracking).toEqual([
      { number: "PLZ-000123", carrier: "Shipper 9", url: "https://kuryr-plzen.example/sledovani/PLZ-000123" },
    ]);
    expect(order.totals).toEqual({
      subtotal: czk("600.00"),
      shipping: czk("0.00"),
      discount: null,
      tax: czk("104.13"),
      total: czk("600.00"),
    });
    expect(order.invoice?.url).toBe("https://www.example-shop.cz/faktura/5004.pdf");
  });
});

describe("tolerance", () => {
  const base = { ...newPayload, items: [], money: 0, paid: 0 };

  it("labels an unknown status by its id and still stages by the flags", () => {
    expect(map(sentPayload, []).status).toEqual({ code: "6", label: "Status 6", stage: "shipped" });
    expect(map({ ...base, status: 77, done: true }).status).toEqual({
      code: "77",
      label: "Status 77",
      stage: "completed",
    });
  });

  it("backs the flags up with the status's completeOrder/cancelOrder", () => {
    expect(map({ ...base, status: 9 }).status.stage).toBe("cancelled");
    expect(map({ ...base, status: 8 }).status.stage).toBe("completed");
  });

  it("reads a status object, 0/1 flags, string ids and amounts, and extra fields", () => {
    const order = map({
      ...newPayload,
      id: "5009",
      status: { id: 12, name: "Čeká na sklad" },
      sent: 1,
      canceled: 0,
      money: "1358.00",
      paid: "100",
      somethingNew: { nested: true },
    });
    expect(order.id).toBe("5009");
    expect(order.status).toEqual({ code: "12", label: "Čeká na sklad", stage: "shipped" });
    expect(order.totals.total).toEqual(czk("1358.00"));
    expect(order.payment.status?.code).toBe("partially_paid");
  });

  it("refuses an order without a readable date as bad_response", () => {
    expect(() => parseOrder({ ...newPayload, dateOrder: "yesterday" })).toThrow(/dateOrder/);
  });
});
