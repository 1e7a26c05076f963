// The small pure parts: exact decimal sums, pseudo-lines as discount, carriers, and tolerance of what
// newer or odder payloads send (string ids, PHP's [] for an empty object, unknown statuses and fields).
import { describe, expect, it } from "vitest";
import { PlatformError } from "../errors";
import { DEFAULT_TIME_ZONE as TZ } from "./assumed";
import { carrierName, trackingNumbers } from "./carriers";
import getOrder from "./fixtures/get-order-12345001.json" with { type: "json" };
import handlerResponse from "./fixtures/handler-response.json" with { type: "json" };
import { toOrder } from "./mappers";
import { handlerAnswerSchema } from "./schema";

const ron = (amount: string) => ({ amount, currency: "RON" });

describe("pseudo-lines", () => {
  const coupon = {
    item_type: "coupon",
    product_sku: "VARA10",
    product_name: "Cupon reducere VARA10",
    product_tax_percent: 19,
    quantity: 1,
    unit_price_gross: -21.8,
    line_tax_amount: -3.48,
    line_subtotal_gross: -21.8,
  };
  const payload = { ...getOrder, total_amount: 431.25, line_items: [...getOrder.line_items, coupon] };

  it("are kept, marked, and make up the discount; subtotal is the products alone", () => {
    const order = toOrder(payload, "c", TZ);
    expect(order.lineCount).toBe(3);
    expect(order.lines[2]).toMatchObject({
      id: "3",
      name: "Cupon reducere VARA10",
      variant: "Coupon (discount line)",
      total: ron("-21.80"),
    });
    expect(order.totals).toMatchObject({
      subtotal: ron("453.05"),
      discount: ron("21.80"),
      tax: ron("68.86"),
      total: ron("431.25"),
    });
  });
});

describe("tolerance", () => {
  it("accepts string ids, [] for empty objects, unknown statuses and unknown fields", () => {
    const order = toOrder(
      {
        ...getOrder,
        id: "A-77",
        shipping_status: "at_locker",
        shipping_status_text: "La easybox",
        invoice: [],
        shipping_delivery_info: { delivery_time: "24h", pickup_address: [] },
        brand_new_field: { anything: true },
      },
      "c",
      TZ,
    );
    expect(order.id).toBe("A-77");
    expect(order.status).toEqual({ code: "at_locker", label: "La easybox", stage: "processing" });
    expect(order.invoice).toBeNull();
    expect(order.extras.facts).toContainEqual({ label: "Delivery time", value: "24h" });
  });

  it("reports an order without an id as bad_response", () => {
    const { id: _id, ...rest } = getOrder;
    expect(() => toOrder(rest, "c", TZ)).toThrow(PlatformError);
    try {
      toOrder(rest, "c", TZ);
    } catch (error) {
      expect((error as PlatformError).kind).toBe("bad_response");
    }
  });

  it("maps AWB, carrier, EUR, notes and tags", () => {
    const order = toOrder(
      {
        ...getOrder,
        currency: "eur",
        shipping_awb: "2123456789012",
        shipping_carrier_id: "fancourier",
        shipping_method_name: "Fan Courier",
        internal_notes: [{ id: 4, text: "Sunat clientul" }],
        tags: [{ id: 2, name: "Client fidel" }],
        payment_status: "paid",
        payment_transaction_id: "VADE0B248932",
      },
      "c",
      TZ,
    );
    expect(order.totals.total).toEqual({ amount: "453.05", currency: "EUR" });
    expect(order.shipping.tracking).toEqual([
      {
        number: "2123456789012",
        carrier: "FAN Courier",
        url: "https://www.fancourier.ro/awb-tracking/?tracking=2123456789012",
      },
    ]);
    expect(order.extras.internalNotes).toEqual([{ id: "4", at: null, author: null, text: "Sunat clientul" }]);
    expect(order.extras.tags).toEqual(["Client fidel"]);
    expect(order.payment).toMatchObject({ paid: { amount: "453.05", currency: "EUR" }, reference: "VADE0B248932" });
  });
});

describe("handler answer", () => {
  it("reads the seed's {ok: true}", () => {
    expect(handlerAnswerSchema.parse(handlerResponse)).toEqual({ ok: true });
  });
});

describe("carriers", () => {
  it("recognises the couriers by id or method name, else shows the shop's id without a link", () => {
    expect(carrierName("cargus", null)).toBe("Cargus");
    expect(carrierName(null, "Sameday easybox")).toBe("Sameday");
    expect(carrierName("dpd", "DPD Romania")).toBe("DPD");
    expect(carrierName(null, "GLS Romania")).toBe("GLS");
    expect(carrierName("posta", null)).toBe("Poșta Română");
    expect(carrierName(null, "Ridicare personala")).toBeNull();
    expect(trackingNumbers("X1", "mycourier", "Curier propriu")).toEqual([
      { number: "X1", carrier: "mycourier", url: null },
    ]);
    expect(trackingNumbers("", "cargus", null)).toEqual([]);
  });
});
