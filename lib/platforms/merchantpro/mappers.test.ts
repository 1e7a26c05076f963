// The seed's own example payloads (fixtures/, verbatim) mapped to the neutral Order, field by field.
// Expected values are written by hand from the seed document.
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE } from "./assumed";
import createResponse from "./fixtures/create-response-69291306.json" with { type: "json" };
import getOrder from "./fixtures/get-order-12345001.json" with { type: "json" };
import listIdsFields from "./fixtures/list-ids-fields.json" with { type: "json" };
import listInclude from "./fixtures/list-include-line-items-64098294.json" with { type: "json" };
import listAwaiting from "./fixtures/list-shipping-awaiting-11089919.json" with { type: "json" };
import updateResponse from "./fixtures/update-response-12345001.json" with { type: "json" };
import { toOrder } from "./mappers";

const TZ = DEFAULT_TIME_ZONE;

const ron = (amount: string) => ({ amount, currency: "RON" });
const CONN = "conn-1";
const fact = (order: ReturnType<typeof toOrder>, label: string) =>
  order.extras.facts?.find((entry) => entry.label === label)?.value;

describe("GET /api/v2/orders/12345001 (bare order with line_items)", () => {
  const order = toOrder(getOrder, CONN, TZ);

  it("identifies the order and its dates", () => {
    expect(order).toMatchObject({ connectionId: CONN, platform: "merchantpro", id: "12345001", number: "12345001" });
    expect(order).toMatchObject({ placedAt: "2020-03-25T05:42:28.000Z", updatedAt: "2020-03-25T05:42:28.000Z" });
    expect(order.raw).toBe(getOrder);
  });

  it("keeps the shipping status as the order's status, payment beside it", () => {
    expect(order.status).toEqual({ code: "awaiting", label: "Comanda in asteptare", stage: "pending" });
    expect(order.payment).toEqual({
      status: { code: "awaiting", label: "Plata in asteptare" },
      method: "Plata in sistem ramburs",
      paid: null,
      reference: null,
    });
  });

  it("maps the customer and both addresses (empty strings read as absent)", () => {
    expect(order.customer).toEqual({ name: "John Smith", email: "dfdfddddf@exemple.com", phone: null });
    const common = { name: "John Smith", line1: null, line2: null, city: "bacau", region: "Bacau", postalCode: null };
    const where = { countryCode: "RO", country: "România", phone: null, email: "dfdfddddf@exemple.com" };
    expect(order.shippingAddress).toEqual({ ...common, company: null, ...where });
    expect(order.billingAddress).toEqual({ ...common, company: null, ...where });
  });

  it("maps both lines and the totals they imply", () => {
    expect(order.lineCount).toBe(2);
    expect(order.lines[0]).toEqual({
      id: "1",
      sku: null,
      ean: null,
      name: "Giuseppe Zanotti Women's Swarovski Sandal",
      variant: null,
      quantity: 1,
      unitPrice: ron("218.99"),
      taxRate: "19",
      taxAmount: ron("34.96"),
      total: ron("218.99"),
      status: null,
      imageUrl: "https://s.cdnmpro.com/272414248/p/l/7/giuseppe-zanotti-women-s-swarovski-sandal~27.jpg",
      productUrl: "https://shop.demo.ro/cumpara?id=259",
    });
    expect(order.lines[1]).toMatchObject({
      id: "2",
      name: "Women's Nunaked Dress Sandal",
      quantity: 2,
      unitPrice: ron("117.03"),
      taxAmount: ron("37.38"),
      total: ron("234.06"),
    });
    expect(order.totals).toEqual({
      subtotal: ron("453.05"),
      shipping: null,
      discount: null,
      tax: ron("72.34"),
      total: ron("453.05"),
    });
  });

  it("maps shipping, invoice (prefix+number) and extras", () => {
    expect(order.shipping).toEqual({ method: null, carrier: null, tracking: [] });
    expect(order.invoice).toEqual({
      number: "SERIE0000010",
      url: "https://shop.demo.ro/comanda/invoice/2e8b8a4802eb3b5d1c8f381b2c20a0ea/52527708",
      date: null,
    });
    expect(order.extras.tags).toEqual([]);
    expect(order.extras.internalNotes).toEqual([]);
    expect(fact(order, "Split from order")).toBe("39787708");
    expect(fact(order, "Created by")).toBe("account");
    expect(fact(order, "Order info page")).toBe(
      "https://shop.demo.ro/comanda/info/557d2803bc4caee040329d1de5d2754f/12345001",
    );
    expect(fact(order, "Proforma invoice")).toBe(
      "https://shop.demo.ro/comanda/proforma/557d2803bc4caee040329d1de5d2754f/12345001",
    );
    expect(fact(order, "Customer note")).toBeUndefined();
  });
});

describe("GET /api/v2/orders?shipping_status=awaiting&include=line_items (64098294)", () => {
  const order = toOrder(listInclude.data[0], CONN, TZ);

  it("maps status, dates, totals with shipping and its tax", () => {
    expect(order.id).toBe("64098294");
    expect(order.placedAt).toBe("2020-03-26T13:47:08.000Z");
    expect(order.status).toEqual({ code: "awaiting", label: "Comanda in asteptare", stage: "pending" });
    expect(order.payment.status).toEqual({ code: "awaiting", label: "Plata in asteptare" });
    expect(order.totals).toEqual({
      subtotal: ron("365.39"),
      shipping: ron("161.16"),
      discount: null,
      tax: ron("84.07"), // 58.34 on the line + 25.73 on shipping
      total: ron("526.55"),
    });
  });

  it("maps the line with its variant options", () => {
    expect(order.lineCount).toBe(1);
    expect(order.lines[0]).toEqual({
      id: "1",
      sku: "3484",
      ean: "7562461441110",
      name: "Massive Menelaus 37511/48/10",
      variant: "Culoare: alb",
      quantity: 1,
      unitPrice: ron("365.39"),
      taxRate: "19",
      taxAmount: ron("58.34"),
      total: ron("365.39"),
      status: null,
      imageUrl: "https://shop.demo.ro/files/s11/204992628/p/l/7/massive-menelaus-37511-48-10-lustra~1057.jpg",
      productUrl: "https://shop.demo.ro/cumpara?id=1958",
    });
  });

  it("maps the addresses, the courier from the method name, no AWB and no invoice", () => {
    expect(order.shippingAddress).toEqual({
      name: "John Smith",
      company: null,
      line1: "str Rose Hill, nr. 45",
      line2: null,
      city: "Bucuresti",
      region: "Bucuresti",
      postalCode: "1221421",
      countryCode: "RO",
      country: "România",
      phone: "0722654983",
      email: "john.smith@yahoo.com",
    });
    expect(order.billingAddress?.line1).toBe("str Rose Hill, nr. 45");
    expect(order.billingAddress?.postalCode).toBe("1221421");
    expect(order.customer).toEqual({ name: "John Smith", email: "john.smith@yahoo.com", phone: "0722654983" });
    expect(order.shipping).toEqual({ method: "Speedy", carrier: "Speedy", tracking: [] });
    expect(order.invoice).toBeNull();
  });
});

describe("GET /api/v2/orders?shipping_status=awaiting (11089919, without line_items)", () => {
  const order = toOrder(listAwaiting.data[0], CONN, TZ);

  it("maps what a list entry without lines has, and leaves line-derived totals unknown", () => {
    expect(order.id).toBe("11089919");
    expect(order.placedAt).toBe("2019-12-05T14:11:23.000Z");
    expect(order.status.stage).toBe("pending");
    expect(order.lines).toEqual([]);
    expect(order.lineCount).toBe(0);
    expect(order.totals).toEqual({
      subtotal: null,
      shipping: ron("15.00"),
      discount: null,
      tax: null,
      total: ron("30.23"),
    });
    expect(order.billingAddress).toMatchObject({ postalCode: "100167", phone: "0722356158", city: "Bucuresti" });
    expect(order.shipping).toEqual({ method: "Speedy", carrier: "Speedy", tracking: [] });
    expect(order.invoice).toBeNull();
    expect(listAwaiting.meta.count.total).toBe(1);
  });
});

describe("POST /api/v2/orders answer (69291306)", () => {
  const order = toOrder(createResponse, CONN, TZ);

  it("maps an integer total and lines without item_type as products", () => {
    expect(order.id).toBe("69291306");
    expect(order.placedAt).toBe("2020-05-05T07:04:54.000Z");
    expect(order.status).toEqual({ code: "awaiting", label: "Comanda in asteptare", stage: "pending" });
    expect(order.totals).toEqual({
      subtotal: ron("178.00"),
      shipping: null,
      discount: null,
      tax: ron("28.42"),
      total: ron("178.00"),
    });
    expect(order.lines.map((line) => [line.sku, line.unitPrice?.amount, line.taxAmount?.amount])).toEqual([
      ["V01 nude pu 39", "109.00", "17.40"],
      ["JA-1388-C BEIGE 2 35", "69.00", "11.02"],
    ]);
    expect(order.lines[0]?.variant).toBeNull();
  });

  it("maps partly empty addresses and no shipping method", () => {
    expect(order.shippingAddress).toMatchObject({ line1: null, city: "Bucuresti", postalCode: null, phone: null });
    expect(order.billingAddress).toMatchObject({ line1: null, postalCode: "1000", countryCode: "RO" });
    expect(order.customer).toEqual({ name: "John Smith", email: "sdsdsdsdsdsdsd@example.com", phone: null });
    expect(order.shipping).toEqual({ method: null, carrier: null, tracking: [] });
    expect(order.invoice).toBeNull();
  });
});

describe("PATCH /api/v2/orders/12345001 answer (cancelled, tagged)", () => {
  const order = toOrder(updateResponse, CONN, TZ);

  it("maps the cancelled statuses, totals with zero tax, tags and invoice", () => {
    expect(order.status).toEqual({ code: "cancelled", label: "Comanda anulata", stage: "cancelled" });
    expect(order.payment.status).toEqual({ code: "cancelled", label: "Plata anulata" });
    expect(order.updatedAt).toBe("2020-05-02T07:50:12.000Z");
    expect(order.totals).toEqual({
      subtotal: ron("13379.85"),
      shipping: ron("15.00"),
      discount: null,
      tax: ron("0.00"),
      total: ron("13394.85"),
    });
    expect(order.lines).toHaveLength(1);
    expect(order.lines[0]).toMatchObject({ quantity: 15, unitPrice: ron("891.99"), total: ron("13379.85") });
    expect(order.extras.tags).toEqual(["Feedback excelent"]);
    expect(order.invoice?.number).toBe("SERIE0000010");
    expect(order.shipping).toEqual({ method: null, carrier: null, tracking: [] });
    expect(fact(order, "Split from order")).toBe("61001305");
    expect(fact(order, "Message to the customer")).toBeUndefined();
    expect(order.customer.phone).toBe("0212112121");
  });
});

describe("GET /api/v2/orders?ids=...&fields=... (a projection)", () => {
  it("still parses: id, payment status and total are all there is", () => {
    const orders = listIdsFields.data.map((payload) => toOrder(payload, CONN, TZ));
    expect(orders.map((order) => [order.id, order.payment.status?.code, order.totals.total])).toEqual([
      ["12345001", "awaiting", ron("999.95")],
      ["12345002", "paid", ron("199.99")],
      ["12345003", "cancelled", ron("599.97")],
    ]);
    expect(orders[1]?.payment.paid).toEqual(ron("199.99"));
  });
});
