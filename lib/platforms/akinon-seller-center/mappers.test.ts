// The seed's own example payloads (fixtures/, verbatim) mapped field by field, and the tolerance rules:
// unknown fields and codes, embedded places, fallbacks for invoice, tracking and customer.
import { describe, expect, it } from "vitest";
import { PlatformError } from "../errors";
import plansPage from "./fixtures/cancellation-plans.json" with { type: "json" };
import addressesPage from "./fixtures/customer-addresses.json" with { type: "json" };
import itemsPage from "./fixtures/order-items.json" with { type: "json" };
import ordersPage from "./fixtures/orders.json" with { type: "json" };
import { type OrderParts, parseWith, toOrder } from "./mappers";
import { rawAddress, rawItem, rawOrder, rawPage, rawPlan } from "./schema";

const CONN = "0b8a4b7e-1111-4222-8333-944455556666";
const seedOrder = () => structuredClone(ordersPage.results[0]);
const seedItem = () => structuredClone(itemsPage.results[0]);

function parts(overrides: Partial<OrderParts> = {}): OrderParts {
  const address = parseWith(rawAddress, addressesPage.results[0], "an address");
  return {
    order: parseWith(rawOrder, seedOrder(), "an order"),
    items: [parseWith(rawItem, seedItem(), "an item")],
    plans: [parseWith(rawPlan, plansPage.results[0], "a plan")],
    shipping: address,
    billing: address,
    raw: { order: ordersPage.results[0] },
    ...overrides,
  };
}

describe("the seed's example payloads", () => {
  it("parses every example page", () => {
    for (const page of [ordersPage, itemsPage, plansPage, addressesPage]) {
      const parsed = rawPage.parse(page);
      expect(parsed.count).toBe(1);
      expect(parsed.next).toBeNull();
      expect(parsed.results).toHaveLength(1);
    }
  });

  it("maps order e819386c… field by field", () => {
    const order = toOrder(parts(), CONN);
    expect(order).toMatchObject({ connectionId: CONN, platform: "akinon-seller-center", number: "45243493" });
    expect(order).toMatchObject({ id: "e819386c-b406-43dc-86c9-212ff633afe2", placedAt: "2019-01-01T00:00:00.000Z" });
    expect(order.updatedAt).toBeNull();
    expect(order.status).toEqual({ code: "100", label: "Approve Waiting", stage: "pending" });
    expect(order.payment).toEqual({ status: null, method: null, paid: null, reference: null });
    expect(order.totals).toEqual({
      subtotal: null,
      shipping: { amount: "0.00", currency: "USD" },
      discount: { amount: "0.00", currency: "USD" },
      tax: null,
      total: { amount: "629.00", currency: "USD" },
    });
    expect(order.invoice).toBeNull();
    expect(order.raw).toEqual({ order: ordersPage.results[0] });
  });

  it("maps item 33a11761… as the order's one line, Delivered", () => {
    const order = toOrder(parts(), CONN);
    expect(order.lineCount).toBe(1);
    expect(order.lines).toHaveLength(1);
    const [line] = order.lines;
    expect(line?.id).toBe("33a11761-43bc-41d4-8f7f-1e860028367b");
    expect(line?.sku).toBe("SP-A");
    expect(line?.ean).toBeNull();
    expect(line?.name).toBe("SP-A");
    expect(line?.variant).toBeNull();
    expect(line?.quantity).toBe(1);
    expect(line?.unitPrice).toEqual({ amount: "629.00", currency: "USD" });
    expect(line?.taxRate).toBe("0.00");
    expect(line?.taxAmount).toBeNull();
    expect(line?.total).toEqual({ amount: "629.00", currency: "USD" });
    expect(line?.status).toEqual({ code: "600", label: "Delivered", stage: "delivered" });
    expect(line?.imageUrl).toBeNull();
    expect(line?.productUrl).toBeNull();
  });

  it("takes the item's hbexpress tracking number with HepsiJET's tracking link", () => {
    const order = toOrder(parts(), CONN);
    expect(order.shipping).toEqual({
      method: null,
      carrier: "HepsiJET",
      tracking: [
        {
          number: "5c0095dab3c087befe04c0d5a0155d3e",
          carrier: "HepsiJET",
          url: "https://www.hepsijet.com/gonderi-takibi/5c0095dab3c087befe04c0d5a0155d3e",
        },
      ],
    });
  });

  it("maps customer address 4c785dc6… as shipping and billing address and as the customer", () => {
    const order = toOrder(parts(), CONN);
    const expected = {
      name: "Akinon Akinon",
      company: null,
      line1: "Address Text",
      line2: null,
      city: null,
      region: null,
      postalCode: "34000",
      countryCode: null,
      country: null,
      phone: "05555555555",
      email: "akinon@akinon.com",
    };
    expect(order.shippingAddress).toEqual(expected);
    expect(order.billingAddress).toEqual(expected);
    expect(order.customer).toEqual({ name: "Akinon Akinon", email: "akinon@akinon.com", phone: "05555555555" });
  });

  it("maps cancellation plan f0cf73ee… into extras", () => {
    const order = toOrder(parts(), CONN);
    expect(order.extras.cancellationPlans).toEqual([
      {
        id: "f0cf73ee-8e1e-4025-a03d-8499af3ee493",
        status: "Waiting",
        type: "Cancel",
        lineIds: ["f35de315-61b5-4b13-b101-82c3f873bd1f", "5481430a-fb72-4d07-bb1d-81dcb9461c5d"],
        refund: { amount: "1.00", currency: "USD" },
      },
    ]);
    // Every amount of the seed order is zero, its notes and gift box empty: nothing worth a fact row.
    expect(order.extras.facts).toBeUndefined();
  });
});

describe("what a list page or another tenant sends", () => {
  it("leaves plans out when they were not read, and nulls what was not resolved", () => {
    const order = toOrder(parts({ plans: null, shipping: null, billing: null }), CONN);
    expect(order.extras.cancellationPlans).toBeUndefined();
    expect(order.customer).toEqual({ name: null, email: null, phone: null });
    expect(order.shippingAddress).toBeNull();
  });

  it("keeps an unknown status code as its label with a best-guess stage", () => {
    const stageOf = (status: unknown) =>
      toOrder(parts({ order: rawOrder.parse({ ...seedOrder(), status }) }), CONN).status;
    expect(stageOf(750)).toEqual({ code: "750", label: "750", stage: "exception" });
    expect(stageOf(350)).toEqual({ code: "350", label: "350", stage: "processing" });
    expect(stageOf(550)).toEqual({ code: "550", label: "550", stage: "shipped" });
    expect(stageOf(950)).toEqual({ code: "950", label: "950", stage: "cancelled" });
    expect(stageOf(900)).toEqual({ code: "900", label: "Rejected", stage: "cancelled" });
    expect(stageOf(700)).toEqual({ code: "700", label: "Cancellation Waiting", stage: "exception" });
  });

  it("reads order-level shipping, invoice, refunds and gift box; ignores unknown fields", () => {
    const raw = {
      ...seedOrder(),
      status: 500,
      currency: "try",
      amount: "1249.9",
      tracking_number: "YK123",
      shipping_company: "yurtici",
      cargo_company: "Yurtiçi Kargo",
      invoice_number: "SCA2025000000001",
      invoice_date: "2025-03-01T10:00:00+03:00",
      e_archive_url: "https://earsiv.example/f.pdf",
      has_gift_box: true,
      gift_box_note: "İyi ki doğdun!",
      refund_amount: "100.00",
      shipping_option_slug: "express",
      brand_new_field: { anything: true },
    };
    const item = { ...seedItem(), tracking_number: "YK123", shipping_company: "yurtici", price_currency: "try" };
    const other = { ...seedItem(), id: "i-2", tracking_number: "ARAS9", shipping_company: "aras", status: 500 };
    const order = toOrder(
      parts({ order: rawOrder.parse(raw), items: [rawItem.parse(item), rawItem.parse(other)], plans: [] }),
      CONN,
    );
    expect(order.totals.total).toEqual({ amount: "1249.90", currency: "TRY" });
    expect(order.shipping.method).toBe("Express");
    expect(order.shipping.carrier).toBe("Yurtiçi Kargo");
    expect(order.shipping.tracking.map((t) => [t.number, t.carrier])).toEqual([
      ["YK123", "Yurtiçi Kargo"],
      ["ARAS9", "Aras Kargo"],
    ]);
    expect(order.shipping.tracking[0]?.url).toContain("yurticikargo.com");
    expect(order.invoice).toEqual({
      number: "SCA2025000000001",
      url: "https://earsiv.example/f.pdf",
      date: "2025-03-01T07:00:00.000Z",
    });
    expect(order.extras.cancellationPlans).toEqual([]);
    expect(order.extras.facts).toEqual([
      { label: "Gift box", value: "Yes — “İyi ki doğdun!”" },
      { label: "Refunded", value: "100.00 TRY" },
    ]);
  });

  it("takes the invoice from an invoiced item when the order has none", () => {
    const item = { ...seedItem(), invoice_number: "INV-7", invoice_date: "2024-05-01T00:00:00Z", e_archive_url: null };
    const order = toOrder(parts({ items: [rawItem.parse(item)] }), CONN);
    expect(order.invoice).toEqual({ number: "INV-7", url: null, date: "2024-05-01T00:00:00.000Z" });
  });

  it("names places when a tenant embeds them, and the product from extra_field", () => {
    const address = rawAddress.parse({
      ...addressesPage.results[0],
      company_name: "Akinon A.Ş.",
      tax_office: "Kadıköy",
      tax_no: "1234567890",
      country: { name: "Türkiye", code: "tr" },
      city: { name: "İstanbul" },
      township: { name: "Kadıköy" },
      district: { name: "Caferağa Mah." },
    });
    const item = rawItem.parse({ ...seedItem(), extra_field: { product_name: "Basic T-shirt" } });
    const order = toOrder(parts({ billing: address, items: [item] }), CONN);
    expect(order.billingAddress).toMatchObject({
      company: "Akinon A.Ş.",
      line2: "Caferağa Mah.",
      city: "Kadıköy",
      region: "İstanbul",
      countryCode: "TR",
      country: "Türkiye",
    });
    expect(order.lines[0]?.name).toBe("Basic T-shirt");
    expect(order.extras.facts).toEqual([
      { label: "Tax office", value: "Kadıköy" },
      { label: "Tax number", value: "1234567890" },
    ]);
  });

  it("fails as bad_response, naming the field, on an order it cannot read", () => {
    const broken = { ...seedOrder(), amount: "six hundred" };
    expect(() => parseWith(rawOrder, broken, "an order")).toThrow(PlatformError);
    try {
      parseWith(rawOrder, broken, "an order");
    } catch (error) {
      expect((error as PlatformError).kind).toBe("bad_response");
      expect((error as PlatformError).message).toContain("amount");
    }
  });
});
