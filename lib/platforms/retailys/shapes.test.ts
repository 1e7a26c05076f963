// Item 4 of issue #10: the docs fix few shapes, so one unexpected field shape must never take an order (or a
// connection) down. References in every form, money as numbers, decimal strings or price objects, nulls where
// values were expected; and an order broken beyond reading is set aside by id while its page is listed.
import { describe, expect, it } from "vitest";
import { cannedConnection } from "../../testing/canned-upstream";
import { czk, eur, expandedPayload, listPayload, map, newPayload } from "./fixtures/orders";
import { retailysAdapter as adapter } from "./index";

const price = (finalPrice: number | string, currency = "CZK") => ({
  basePrice: 495.87,
  finalPrice,
  vat: 21,
  vatValue: 104.13,
  currency,
});
const [kettle, tea] = newPayload.items as [(typeof newPayload.items)[0], (typeof newPayload.items)[0]];

describe("an item's article", () => {
  const lineOf = (article: unknown, extra: Record<string, unknown> = {}) =>
    map({ ...newPayload, items: [{ ...kettle, article, ...extra }] }).lines[0]!;

  it("is its code as a bare string (the fixtures' reading)", () => {
    expect(lineOf("KV-100").sku).toBe("KV-100");
  });

  it("is the article id when it comes as a bare id or {id, apiLink}", () => {
    expect(lineOf(5001).sku).toBe("5001");
    expect(lineOf({ id: 5001, apiLink: "/System/Articles/5001" }).sku).toBe("5001");
    expect(lineOf({ id: "5001", apiLink: "/System/Articles/5001" }).name).toBe("Konvice nerezová 1,7 l");
  });

  it("is the expanded article's code (expanded=true), with its EAN and, lacking the item's, its name", () => {
    const expanded = {
      id: 5001,
      apiLink: "/System/Articles/5001",
      code: "KV-100",
      name: "Konvice",
      ean: "8590000123456",
    };
    expect(lineOf(expanded)).toMatchObject({ sku: "KV-100", ean: "8590000123456", name: "Konvice nerezová 1,7 l" });
    expect(lineOf(expanded, { name: null }).name).toBe("Konvice");
    expect(lineOf({ id: 5001, sku: "KV-100-S" }).sku).toBe("KV-100-S");
  });

  it("leaves the line without a SKU when it is missing or unreadable", () => {
    expect(lineOf(null).sku).toBeNull();
    expect(lineOf([1, 2]).sku).toBeNull();
  });
});

describe("money", () => {
  it("reads priceOriginal as a price object like price (the line's discount comes from it)", () => {
    const order = map({
      ...newPayload,
      items: [
        kettle,
        { ...tea, priceOriginal: { basePrice: 88.39, finalPrice: 99, vat: 12, vatValue: 10.61, currency: "CZK" } },
      ],
    });
    expect(order.totals.discount).toEqual(czk("10.00"));
    expect(order.lines[1]?.unitPrice).toEqual(czk("89.00"));
  });

  it("reads prices, totals and payments as numbers, decimal strings or price objects", () => {
    const order = map({
      ...newPayload,
      money: "1358.00",
      paid: { basePrice: 100, finalPrice: "100.00", currency: "CZK" },
      items: [
        { ...kettle, price: price("600.00"), priceOriginal: "650" },
        { ...tea, price: "89" },
      ],
      shipping: { id: 4, apiLink: "/System/Shippings/4", name: "Zásilkovna", price: price(69) },
    });
    expect(order.totals.total).toEqual(czk("1358.00"));
    expect(order.payment).toMatchObject({ paid: czk("100.00"), status: { code: "partially_paid" } });
    expect(order.lines.map((line) => line.total)).toEqual([czk("1200.00"), czk("89.00")]);
    // (650 − 600) × 2 on the kettle, (99 − 89) on the tea.
    expect(order.totals.discount).toEqual(czk("110.00"));
    expect(order.totals.shipping).toEqual(czk("69.00"));
    expect(order.shipping.method).toBe("Zásilkovna");
  });

  it("takes the currency a price-object total names when the order names none", () => {
    const order = map({ ...expandedPayload, orderCurrencyCode: null, money: { finalPrice: 86.34, currency: "eur" } });
    expect(order.totals.total).toEqual(eur("86.34"));
  });

  it("gives a line whose price cannot be read a null price instead of failing the order", () => {
    const order = map({
      ...newPayload,
      items: [
        { ...kettle, price: { finalPrice: "lots" } },
        { ...tea, price: [89] },
      ],
    });
    expect(order.lines.map((line) => [line.unitPrice, line.total])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(order.totals.subtotal).toBeNull();
    expect(order.totals.total).toEqual(czk("1358.00"));
  });
});

describe("references and odd values", () => {
  it("reads customer, company, channel, shipping and payment as ids, {id, apiLink} or expanded records", () => {
    const link = (kind: string, id: number) => ({ id, apiLink: `https://api.retailys.com/v1/System/${kind}/${id}` });
    const asRefs = map({
      ...newPayload,
      customer: link("Customers", 301),
      company: { ...link("Companies", 77), name: "Drevo Plus s.r.o.", address: { city: "Žilina" } },
      channel: "1",
      shipping: link("Shippings", 4),
      payment: { ...link("Payments", 3), name: "Dobírka", price: { finalPrice: 39, currency: "CZK" } },
    });
    expect(asRefs.extras.facts).toContainEqual({ label: "Channel", value: "#1" });
    expect(asRefs.shipping.method).toBeNull();
    expect(asRefs.totals.shipping).toBeNull();
    expect(asRefs.payment.method).toBe("Dobírka");
    expect(asRefs.extras.facts).toContainEqual({ label: "Payment fee", value: "39.00 CZK" });
  });

  it("reads nulls, numbers for texts, unknown values and extra nested objects without failing", () => {
    const order = map({
      ...newPayload,
      id: "5001",
      email: null,
      phone: 420777123456,
      zip: 60200,
      deliveryStateCode: { code: "CZ" },
      channel: { id: null, name: { cs: "E-shop" } },
      trackings: [{ shipperId: { id: 7, apiLink: "/System/Shippers/7" }, trackingNumber: 40599887766 }, "junk"],
      history: [{ id: 1, type: "note", date: "2026-03-02T10:00:00", record: "Volal zákazník" }, 42],
      weight: "heavy",
      status: { id: 99, apiLink: "/System/Orders/Statuses/99" },
      extra: { nested: { deeper: [1, 2, 3] } },
    });
    expect(order.id).toBe("5001");
    expect(order.customer).toEqual({ name: "Petr Svoboda", email: null, phone: "420777123456" });
    expect(order.billingAddress?.postalCode).toBe("60200");
    expect(order.shippingAddress?.countryCode).toBeNull();
    expect(order.status).toEqual({ code: "99", label: "Status 99", stage: "pending" });
    expect(order.shipping.tracking).toEqual([{ number: "40599887766", carrier: "Shipper 7", url: null }]);
    expect(order.extras.history).toEqual([
      { id: "1", at: "2026-03-02T09:00:00.000Z", author: null, text: "Volal zákazník" },
    ]);
    expect(order.extras.facts?.find((fact) => fact.label === "Weight")).toBeUndefined();
  });

  it("reads a tracking's carrier from a shipper record or name the instance sends", () => {
    const order = map({
      ...newPayload,
      trackings: [
        { shipper: { id: 12, name: "PPL" }, trackingNumber: "40599887766" },
        { shipperId: 31, shipperName: "Zásilkovna", trackingNumber: "Z123" },
      ],
    });
    expect(order.shipping.tracking).toEqual([
      { number: "40599887766", carrier: "PPL", url: "https://www.ppl.cz/vyhledat-zasilku?shipmentId=40599887766" },
      { number: "Z123", carrier: "Zásilkovna", url: "https://tracking.packeta.com/cs/?id=Z123" },
    ]);
  });

  it("still refuses an order whose essentials cannot be read", () => {
    expect(() => map({ ...newPayload, money: "lots" })).toThrow(/money/);
    expect(() => map({ ...newPayload, status: { name: "Nová" } })).toThrow(/status/);
    expect(() => map({ ...newPayload, id: null })).toThrow(/id/);
  });
});

describe("a page with an order broken beyond reading", () => {
  const broken = { ...newPayload, id: 5003, dateOrder: "sometime" };
  const page = {
    paginator: { page: 1, perPage: 10, pages: 1, total: 3 },
    orders: [listPayload.orders[0], broken, listPayload.orders[1]],
  };
  // The instance's statuses route gets an empty list; every other request, the page.
  const canned = () =>
    cannedConnection("retailys", (req) => (req.path.endsWith("/Statuses") ? { statuses: [] } : page));

  it("lists the others and names that one", async () => {
    const { conn, ctx } = canned();
    const result = await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx);
    expect(result.orders.map((order) => order.id)).toEqual(["5002", "5001"]);
    expect(result.unreadable).toEqual([
      { orderId: "5003", message: expect.stringMatching(/^Retailys sent an order we cannot read at dateOrder/) },
    ]);
    expect(result.total).toBe(3);
  });

  it("passes the connection test", async () => {
    const { conn, ctx } = canned();
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });
});
