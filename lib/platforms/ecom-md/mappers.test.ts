// The seed's own payloads (fixtures/) and an order in platforms.md's "Order as read" [vendor] shape,
// mapped field by field. Expected values are written by hand from the seed and platforms.md.
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE as TZ } from "./assumed";
import { ECOM_STATUSES } from "./constants";
import statusConstants from "./fixtures/statuses.json" with { type: "json" };
import upsertExample from "./fixtures/upsert-294.json" with { type: "json" };
import { parseOrder, toOrder, toStatus } from "./mappers";
import { statusUpsert } from "./upsert";

/** Order 294 of the seed's upsert, as read back (1C export shape; item keys as our best reading). */
const READ_294 = {
  id: 294,
  customer: {
    email: "ion.popescu@gmail.com",
    name: "Ion Popescu",
    phone: "+37369123456",
    address: {
      id: 236154,
      store: null,
      region: { id: 101, name: "mun. Chișinău" },
      locality: { id: 63933, name: "Chișinău" },
      sector: { id: 11, name: "Rîșcani" },
      address: "str. Alecu Russo 15/2, ap. 41",
      address_type: "street",
    },
  },
  payment: {
    delivery_type: "standart",
    pay_method: "card",
    payment_system: "maib",
    transaction_id: "999999",
    promo_code: "SPRING10",
  },
  order_items: [
    {
      id: 12,
      product: { id: 104392, code: "BAT-DUR-AA4", name: "Baterii Duracell AA x4" },
      quantity: 1000,
      price: "94.00",
      loyalty_price: "88.00",
      order_status: "on_delivery",
    },
  ],
  delivery_price: "0.00",
  discount: "8800.00",
  total_price: "79200.00",
  created_at: "2025-03-11T18:25:42+02:00",
  status: "on_delivery",
  shop: 2,
};

describe("seed fixtures", () => {
  it("statuses.json: the 17 constants, underscores stripped as the help centre prints them, all understood", () => {
    const values = Object.values(statusConstants);
    expect(values).toHaveLength(17);
    const codes = values.map((v) => toStatus(v).code);
    expect(new Set(codes)).toEqual(new Set(ECOM_STATUSES));
    expect(toStatus(statusConstants.ORDERSTATUSINCOLLECTION)).toEqual({
      code: "in_collection",
      label: "In collection",
      stage: "processing",
    });
    expect(toStatus(statusConstants.ORDERSTATUSTOBERETURNEDINTWODAYS).stage).toBe("returned");
    expect(toStatus(statusConstants.ORDERSTATUSCLIENTNOANSWER).stage).toBe("exception");
    expect(toStatus(statusConstants.ORDERSTATUSCOMPLETEDANDCLOSED).stage).toBe("completed");
    expect(toStatus(statusConstants.ORDERSTATUSDONE).stage).toBe("delivered");
    expect(toStatus(statusConstants.ORDERSTATUSCANCELED).stage).toBe("cancelled");
  });

  it("upsert-294.json: our status upsert has the seed's shape (array, order_id, items with order_id + order_status)", () => {
    const [seed] = upsertExample;
    const [ours] = statusUpsert(parseOrder(READ_294), "done");
    expect(Array.isArray(upsertExample)).toBe(true);
    expect(ours?.order_id).toBe(seed?.order_id);
    expect(ours?.shop).toBe(seed?.shop);
    const ourItem = ours?.order_items[0];
    const seedItem = seed?.order_items[0];
    expect(ourItem).toEqual({
      order_id: 12,
      order_status: "done",
      product: 104392,
      quantity: 1000,
      loyalty_price: "88.00",
    });
    for (const key of Object.keys(ourItem ?? {})) expect(Object.keys(seedItem ?? {})).toContain(key);
    expect(ourItem?.order_id).toBe(seedItem?.order_id);
    expect(ourItem?.product).toBe(seedItem?.product);
  });
});

describe("order as read → neutral Order", () => {
  const order = toOrder(READ_294, "conn-1", TZ);

  it("identity, dates, status", () => {
    expect(order).toMatchObject({ id: "294", number: "294", platform: "ecom-md", connectionId: "conn-1" });
    expect(order).toMatchObject({ placedAt: "2025-03-11T16:25:42.000Z", updatedAt: null });
    expect(order.status).toEqual({ code: "on_delivery", label: "On delivery", stage: "shipped" });
  });

  it("money in MDL decimal strings", () => {
    expect(order.totals.total).toEqual({ amount: "79200.00", currency: "MDL" });
    expect(order.totals.subtotal).toEqual({ amount: "88000.00", currency: "MDL" });
    expect(order.totals.shipping).toEqual({ amount: "0.00", currency: "MDL" });
    expect(order.totals.discount).toEqual({ amount: "8800.00", currency: "MDL" });
    expect(order.totals.tax).toBeNull();
  });

  it("customer, payment, shipping address", () => {
    expect(order.customer).toEqual({ name: "Ion Popescu", email: "ion.popescu@gmail.com", phone: "+37369123456" });
    expect(order.payment).toEqual({ status: null, method: "Card", paid: null, reference: "999999" });
    expect(order.shippingAddress).toEqual({
      name: "Ion Popescu",
      company: null,
      line1: "str. Alecu Russo 15/2, ap. 41",
      line2: "Sector Rîșcani",
      city: "Chișinău",
      region: "mun. Chișinău",
      postalCode: null,
      countryCode: "MD",
      country: "Moldova",
      phone: "+37369123456",
      email: "ion.popescu@gmail.com",
    });
    expect(order.billingAddress).toBeNull();
    expect(order.shipping).toEqual({ method: "Standart", carrier: null, tracking: [] });
    expect(order.invoice).toBeNull();
  });

  it("lines with the loyalty price charged and the item status", () => {
    expect(order.lineCount).toBe(1);
    const [line] = order.lines;
    expect(line?.id).toBe("12");
    expect(line?.sku).toBe("BAT-DUR-AA4");
    expect(line?.name).toBe("Baterii Duracell AA x4");
    expect(line?.quantity).toBe(1000);
    expect(line?.unitPrice).toEqual({ amount: "88.00", currency: "MDL" });
    expect(line?.total).toEqual({ amount: "88000.00", currency: "MDL" });
    expect(line?.status).toEqual({ code: "on_delivery", label: "On delivery", stage: "shipped" });
  });

  it("facts and raw", () => {
    expect(order.extras.facts).toEqual([
      { label: "Store", value: "2" },
      { label: "Address type", value: "street" },
      { label: "Payment system", value: "maib" },
      { label: "Promo code", value: "SPRING10" },
    ]);
    expect(order.raw).toBe(READ_294);
  });
});

describe("tolerant reading", () => {
  it("accepts other item keys, stripped statuses, ids as strings, a sector as a bare id", () => {
    const variant = {
      id: "77",
      created_at: 1741710342,
      status: "incollection",
      customer: { name: "A", phone: 37369000000, address: { sector: 7, address: "x", region: { id: 1, name: "R" } } },
      items: [{ item_id: "5", product_id: 104392, product_name: "Thing", qty: "3", unit_price: 12.5 }],
      total_price: 37.5,
      extra_field_from_the_future: { anything: true },
    };
    const order = toOrder(variant, "c", TZ);
    expect(order.status.code).toBe("in_collection");
    expect(order.placedAt).toBe("2025-03-11T16:25:42.000Z");
    expect(order.customer.phone).toBe("37369000000");
    expect(order.shippingAddress?.line2).toBeNull();
    expect(order.lines[0]).toMatchObject({
      id: "5",
      name: "Thing",
      quantity: 3,
      unitPrice: { amount: "12.50", currency: "MDL" },
    });
    expect(order.lines[0]?.total).toEqual({ amount: "37.50", currency: "MDL" });
    expect(order.totals.total).toEqual({ amount: "37.50", currency: "MDL" });
  });

  it("keeps an unknown status code with a best-guess stage", () => {
    expect(toStatus("partially_returned")).toEqual({
      code: "partially_returned",
      label: "Partially returned",
      stage: "returned",
    });
    expect(toStatus("awaiting_payment").stage).toBe("pending");
    expect(toStatus("weird").stage).toBe("processing");
  });

  it("computes a missing total exactly from lines, delivery and discount", () => {
    const order = toOrder(
      {
        id: 1,
        created_at: "2025-01-01T00:00:00Z",
        delivery_price: "50",
        discount: "0.30",
        order_items: [{ id: 1, price: "0.10", quantity: 3 }],
      },
      "c",
      TZ,
    );
    expect(order.totals.total.amount).toBe("50.00");
    expect(order.lines[0]?.total?.amount).toBe("0.30");
  });

  it("an order without id or date is a bad_response, not a crash", () => {
    expect(() => toOrder({ created_at: "2025-01-01T00:00:00Z" }, "c", TZ)).toThrow(/cannot read/);
    expect(() => toOrder({ id: 1 }, "c", TZ)).toThrow(/created_at/);
  });
});
