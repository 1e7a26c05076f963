// The rule for reading (issue #10, item 4) and times without an offset (item 12), on fixture payloads in
// shapes the docs allow or leave open: references as ids or objects, money as numbers, strings or price
// objects, statuses in the help centre's form, unknown values, extra objects, and one order broken beyond
// reading in a page. Expected values are written by hand.
import { describe, expect, it } from "vitest";
import { readEach } from "../read-each";
import { DEFAULT_TIME_ZONE } from "./assumed";
import page from "./fixtures/varied-page.json" with { type: "json" };
import { parseOrder, toOrder } from "./mappers";
import { timeZoneOf } from "./orders";
import { statusUpsert } from "./upsert";

const read = (timeZone = DEFAULT_TIME_ZONE) => readEach(page.results, (raw) => toOrder(raw, "c", timeZone));
const mdl = (amount: string) => ({ amount, currency: "MDL" });

describe("ecom-md: a page in varied shapes", () => {
  const { orders, unreadable } = read();
  const byId = (id: string) => {
    const order = orders.find((o) => o.id === id);
    if (!order) throw new Error(`order ${id} was not read`);
    return order;
  };

  it("lists every readable order and names the one it could not read", () => {
    expect(orders.map((o) => o.id)).toEqual(["301", "302", "304"]);
    expect(unreadable).toEqual([{ orderId: "303", message: "ECOM.md sent order 303 without a readable created_at" }]);
  });

  it("essential fields: a float total, a stripped status, an offset-less time in Chișinău (UTC+2 in winter)", () => {
    const order = byId("301");
    expect(order.totals.total).toEqual(mdl("1234.50"));
    expect(order.status).toEqual({ code: "in_collection", label: "In collection", stage: "processing" });
    expect(order.placedAt).toBe("2024-01-15T08:00:00.000Z");
    expect(order.updatedAt).toBeNull();
  });

  it("lenient fields: unreadable ones become null, price objects are read, the customer as a bare id", () => {
    const order = byId("301");
    expect(order.customer).toEqual({ name: null, email: null, phone: null });
    expect(order.shippingAddress).toBeNull();
    expect(order.totals.shipping).toEqual(mdl("50.00"));
    expect(order.totals.discount).toBeNull();
    expect(order.extras.facts).toContainEqual({ label: "Store", value: "Magazin Centru" });
    expect(order.extras.facts).toContainEqual({ label: "Promo code", value: "ECOM200" });
  });

  it("items: product as id or object, an unreadable price is a line without a price, odd entries still count", () => {
    const [byRef, noPrice, priceObject, bare] = byId("301").lines;
    expect(byRef).toMatchObject({ id: "41", name: "Product 104392", quantity: 2, unitPrice: mdl("94.00") });
    expect(byRef?.total).toEqual(mdl("188.00"));
    expect(byRef?.status?.code).toBe("in_collection");
    expect(noPrice).toMatchObject({ id: "42", sku: "X-1", name: "Căști", quantity: 1, unitPrice: null, total: null });
    expect(priceObject).toMatchObject({ id: "line-3", unitPrice: mdl("12.50"), total: mdl("12.50") });
    expect(bare).toMatchObject({ id: "line-4", name: "Item", unitPrice: null });
    expect(byId("301").totals.subtotal).toBeNull();
  });

  it("references as ids or objects with localized names; a status as a DRF choice; summer time is UTC+3", () => {
    const order = byId("302");
    expect(order.status.code).toBe("on_delivery");
    expect(order.placedAt).toBe("2024-07-15T07:00:00.000Z");
    expect(order.customer).toEqual({ name: "Ana Rusu", email: null, phone: "37369000001" });
    expect(order.shippingAddress).toMatchObject({
      line1: null,
      line2: null,
      city: "Chișinău",
      region: null,
      postalCode: "MD-2068",
    });
    expect(order.lines).toEqual([
      expect.objectContaining({ id: "1", name: "Cablu", quantity: 3, unitPrice: mdl("33.30"), total: mdl("99.90") }),
    ]);
    expect(order.payment).toEqual({ status: null, method: null, paid: null, reference: null });
  });

  it("a missing total is computed from the lines; a Unix time is exact; an unknown status keeps its code", () => {
    const order = byId("304");
    expect(order.totals.total).toEqual(mdl("10.00"));
    expect(order.placedAt).toBe("2024-01-15T10:00:00.000Z");
    expect(order.status).toEqual({ code: "weird_new_status", label: "Weird new status", stage: "processing" });
    expect(order.shippingAddress).toBeNull();
  });

  it("a status upsert of such an order sends the promo code's own id and only the items with an id", () => {
    const [body] = statusUpsert(parseOrder(page.results[0]), "collected", { promoCodeId: "3" });
    expect(body).toEqual({
      order_id: 301,
      shop: 2,
      promocode: 3,
      order_items: [
        { order_id: 41, order_status: "collected", product: 104392, quantity: 2 },
        { order_id: 42, order_status: "collected", product: 104401, quantity: 1 },
      ],
    });
  });
});

describe("ecom-md: times without an offset are read in the connection's time zone", () => {
  const wall = (timeZone: string) => toOrder({ ...page.results[0], created_at: "2024-01-15 10:00:00" }, "c", timeZone);

  it("defaults to Europe/Chisinau, whatever zone the server runs in", () => {
    const conn = { options: {} };
    expect(timeZoneOf(conn)).toBe("Europe/Chisinau");
    expect(wall(timeZoneOf(conn)).placedAt).toBe("2024-01-15T08:00:00.000Z");
  });

  it("follows the connection's timeZone option; an invalid one falls back to the default", () => {
    expect(wall(timeZoneOf({ options: { timeZone: "Asia/Tokyo" } })).placedAt).toBe("2024-01-15T01:00:00.000Z");
    expect(wall(timeZoneOf({ options: { timeZone: "America/Los_Angeles" } })).placedAt).toBe(
      "2024-01-15T18:00:00.000Z",
    );
    expect(timeZoneOf({ options: { timeZone: "Mars/Olympus" } })).toBe("Europe/Chisinau");
  });

  it("a time with an offset is exact in any zone", () => {
    const order = toOrder({ ...page.results[0], created_at: "2024-01-15T10:00:00+02:00" }, "c", "Asia/Tokyo");
    expect(order.placedAt).toBe("2024-01-15T08:00:00.000Z");
  });
});
