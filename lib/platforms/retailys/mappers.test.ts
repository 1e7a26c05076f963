// The authored list fixture (the seed has no payloads; see fixtures/README.md) → neutral orders, field by field,
// with the values worked out by hand.
import { describe, expect, it } from "vitest";
import { czk, map, newPayload, sentPayload, statuses } from "./fixtures/orders";
import { statusStage } from "./statuses";

describe("the instance's statuses", () => {
  it("reads all ten with their complete/cancel flags and stages", () => {
    expect(statuses.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(statuses[7]).toEqual({ code: "8", label: "Vyřízena", sort: 80, completes: true, cancels: false });
    expect(statuses.map(statusStage)).toEqual([...Array(7).fill("pending"), "completed", "cancelled", "cancelled"]);
  });
});

describe("order 5002 (list: sent, paid, PPL without trackingUrl)", () => {
  const order = map(sentPayload);

  it("maps identity, dates, status and payment", () => {
    expect(order).toMatchObject({ connectionId: "conn-1", platform: "retailys", id: "5002", number: "5002" });
    expect(order).toMatchObject({ placedAt: "2026-06-28T12:30:00.000Z", updatedAt: null });
    expect(order.status).toEqual({ code: "6", label: "Odeslána", stage: "shipped" });
    expect(order.payment).toEqual({
      status: { code: "paid", label: "Paid" },
      method: "Platba kartou online",
      paid: czk("2548.50"),
      reference: null,
    });
  });

  it("maps customer and addresses", () => {
    expect(order.customer).toEqual({
      name: "Eva Dvořáková",
      email: "eva.dvorakova@centrum.cz",
      phone: "+420 608 555 210",
    });
    expect(order.billingAddress).toEqual({
      name: "Eva Dvořáková",
      company: null,
      line1: "Palackého 1201/5",
      line2: null,
      city: "Olomouc",
      region: null,
      postalCode: "779 00",
      countryCode: "CZ",
      country: "Czechia",
      phone: "+420 608 555 210",
      email: "eva.dvorakova@centrum.cz",
    });
    expect(order.shippingAddress?.line1).toBe("Palackého 1201/5");
    expect(order.shippingAddress?.countryCode).toBe("CZ");
  });

  it("maps lines with exact totals and VAT", () => {
    expect(order.lineCount).toBe(2);
    expect(order.lines[0]).toEqual({
      id: "9003",
      sku: "HR-300",
      ean: null,
      name: "Hrnec smaltovaný 3 l",
      variant: null,
      quantity: 1,
      unitPrice: czk("1249.50"),
      taxRate: "21",
      taxAmount: czk("216.86"),
      total: czk("1249.50"),
      status: null,
      imageUrl: null,
      productUrl: null,
    });
    expect(order.lines[1]?.quantity).toBe(3);
    expect(order.lines[1]?.unitPrice).toEqual(czk("433.00"));
    expect(order.lines[1]?.taxAmount).toEqual(czk("225.45"));
    expect(order.lines[1]?.total).toEqual(czk("1299.00"));
  });

  it("maps totals, shipping with the carrier's tracking page (by the connection's name), and the invoice", () => {
    const order = map(sentPayload, statuses, { carriers: [{ name: "PPL", shipperId: "2" }] });
    expect(order.totals).toEqual({
      subtotal: czk("2548.50"),
      shipping: czk("0.00"),
      discount: null,
      tax: czk("442.31"),
      total: czk("2548.50"),
    });
    expect(order.shipping).toEqual({
      method: "PPL – doručení na adresu",
      carrier: "PPL",
      tracking: [
        { number: "40599887766", carrier: "PPL", url: "https://www.ppl.cz/vyhledat-zasilku?shipmentId=40599887766" },
      ],
    });
    expect(order.invoice).toEqual({ number: null, url: "https://www.example-shop.cz/faktura/5002.pdf", date: null });
    expect(order.extras.history).toEqual([]);
    expect(order.extras.internalNotes).toEqual([]);
    expect(order.extras.facts).toContainEqual({ label: "Channel", value: "#1" });
    expect(order.raw).toBe(sentPayload);
  });

  it("names a shipper id the connection does not map by its id, with no made-up tracking page", () => {
    expect(order.shipping.tracking).toEqual([{ number: "40599887766", carrier: "Shipper 2", url: null }]);
  });
});

describe("order 5001 (list: new, unpaid, discounted line)", () => {
  const order = map(newPayload);

  it("is pending with the instance's first status and nothing paid", () => {
    expect(order.placedAt).toBe("2026-03-02T08:05:00.000Z");
    expect(order.status).toEqual({ code: "1", label: "Nová", stage: "pending" });
    expect(order.payment.status).toEqual({ code: "unpaid", label: "Not paid" });
    expect(order.payment.method).toBe("Dobírka");
    expect(order.payment.paid).toEqual(czk("0.00"));
  });

  it("sums lines, shipping, VAT and the discount exactly", () => {
    expect(
      order.lines.map((l) => [l.id, l.quantity, l.unitPrice?.amount, l.taxAmount?.amount, l.total?.amount]),
    ).toEqual([
      ["9001", 2, "600.00", "208.26", "1200.00"],
      ["9002", 1, "89.00", "9.54", "89.00"],
    ]);
    expect(order.totals).toEqual({
      subtotal: czk("1289.00"),
      shipping: czk("69.00"),
      discount: czk("10.00"),
      tax: czk("217.80"),
      total: czk("1358.00"),
    });
    expect(order.shippingAddress?.line1).toBe("Zásilkovna Brno, Joštova 4");
    expect(order.shipping).toEqual({ method: "Zásilkovna – výdejní místo", carrier: null, tracking: [] });
    expect(order.invoice).toBeNull();
  });
});
