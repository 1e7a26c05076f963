// The rule for reading platform data (issue #10, item 4) on fixture payloads: the seed's example order, item,
// plan and address in the other shapes a tenant may send — ids, money as strings, numbers or price objects,
// currencies in either case, references as a UUID, `{id, apiLink}` or the expanded record, odd extra fields,
// unknown codes, nulls — read as the seed's; what cannot be read sets aside its order, never the page.
import { describe, expect, it } from "vitest";
import { readEach } from "../read-each";
import plansPage from "./fixtures/cancellation-plans.json" with { type: "json" };
import addressesPage from "./fixtures/customer-addresses.json" with { type: "json" };
import itemsPage from "./fixtures/order-items.json" with { type: "json" };
import ordersPage from "./fixtures/orders.json" with { type: "json" };
import { itemsOrFail, readItems } from "./items";
import { type OrderParts, parseWith, toOrder } from "./mappers";
import { rawAddress, rawOrder, rawPlan } from "./schema";

const CONN = "0b8a4b7e-1111-4222-8333-944455556666";
const ORDER_ID = "e819386c-b406-43dc-86c9-212ff633afe2";
const seedOrder = (): Record<string, unknown> => structuredClone(ordersPage.results[0]) as Record<string, unknown>;
const seedItem = (): Record<string, unknown> => structuredClone(itemsPage.results[0]) as Record<string, unknown>;
const seedAddress = (): Record<string, unknown> => structuredClone(addressesPage.results[0]) as Record<string, unknown>;

/** Reads an order payload with its item payloads as the adapter does (the address resolved when referenced). */
function read(order: unknown, items: unknown[] = [seedItem()]) {
  const parsed = parseWith(rawOrder, order, "an order");
  const address = rawAddress.parse(seedAddress());
  const embedded = parsed.billing_address?.address ?? null;
  const parts: OrderParts = {
    order: parsed,
    items: itemsOrFail(parsed, readItems(items)),
    plans: [parseWith(rawPlan, plansPage.results[0], "a plan")],
    shipping: parsed.shipping_address?.address ?? address,
    billing: embedded ?? address,
    raw: { order },
  };
  return toOrder(parts, CONN, "Europe/Istanbul");
}

const seedRead = read(seedOrder());

describe("orders in other shapes read as the seed's", () => {
  it("money as a JSON number or a price object, currency upper-case or only in the price, status as text", () => {
    for (const changes of [
      { amount: 629, currency: "USD", status: "100" },
      { amount: { amount: "629.00", currency: "usd" }, currency: null },
      { amount: "629", currency: { code: "usd" }, status: { value: 100, label: "Approve Waiting" } },
    ]) {
      const order = read({ ...seedOrder(), ...changes });
      expect(order.totals.total).toEqual({ amount: "629.00", currency: "USD" });
      expect(order.status).toEqual(seedRead.status);
      expect(order.lines).toEqual(seedRead.lines);
    }
  });

  it("an address reference as {id, apiLink} is resolved like the UUID; an expanded address is used as sent", () => {
    const link = { id: "a4c0eb06-9ad5-40a1-adc2-d4ea4a9aed32", apiLink: "/api/i1/customer-addresses/a4c0eb06/" };
    const linked = parseWith(rawOrder, { ...seedOrder(), billing_address: link }, "an order");
    expect(linked.billing_address).toEqual({ id: link.id });
    const expanded = {
      ...seedAddress(),
      first_name: "Ayşe",
      country: { name: "Türkiye", code: "tr" },
      postcode: 34710,
    };
    const order = read({ ...seedOrder(), billing_address: expanded });
    expect(order.billingAddress).toMatchObject({ name: "Ayşe Akinon", countryCode: "TR", postalCode: "34710" });
  });

  it("an int number, odd extra fields, nulls and an unknown nested object change nothing essential", () => {
    const order = read({
      ...seedOrder(),
      number: 45243493,
      extra_field: "n/a",
      discount_amount: null,
      shipping_amount: 0,
      has_gift_box: "no",
      language_code: 1055,
      notes: { text: "Kapıya bırakın" },
      shipping_tax_rate: "18%",
      channel: { marketplace: { name: "Trendyol", region: { code: "TR" } } },
    });
    expect(order.number).toBe("45243493");
    expect(order.totals).toEqual({ ...seedRead.totals, discount: null });
    expect(order.extras.facts).toEqual([{ label: "Language", value: "1055" }]);
    expect(order.placedAt).toBe(seedRead.placedAt);
  });

  it("an unknown status code keeps its code, with the stage of its hundred", () => {
    expect(read({ ...seedOrder(), status: 450 }).status).toEqual({ code: "450", label: "450", stage: "processing" });
  });

  it("a time without an offset is read in the connection's zone (Istanbul here)", () => {
    expect(read({ ...seedOrder(), date_placed: "2025-03-01 10:00:00" }).placedAt).toBe("2025-03-01T07:00:00.000Z");
  });
});

describe("items in other shapes", () => {
  it("their order as {id} or expanded, price as a number or a price object, upper-case currency", () => {
    for (const changes of [
      { order: { id: ORDER_ID }, price: 629, price_currency: "USD", status: "600" },
      { order: { id: ORDER_ID, number: "45243493" }, price: { amount: "629.00", currency: "USD" }, tax_rate: null },
    ]) {
      const [line] = read(seedOrder(), [{ ...seedItem(), ...changes }]).lines;
      expect(line?.unitPrice).toEqual({ amount: "629.00", currency: "USD" });
      expect(line?.status?.code).toBe("600");
    }
  });

  it("an unreadable price leaves the line without a price; odd extra_field and sku are tolerated", () => {
    const item = { ...seedItem(), price: "n/a", retail_price: {}, sku: 12345, extra_field: ["gift"] };
    const [line] = read(seedOrder(), [item]).lines;
    expect(line).toMatchObject({
      id: "33a11761-43bc-41d4-8f7f-1e860028367b",
      sku: "12345",
      unitPrice: null,
      total: null,
    });
  });

  it("an item without an id sets its order aside, naming the item's problem", () => {
    expect(() => read(seedOrder(), [{ ...seedItem(), id: null }])).toThrow(
      /item of order 45243493 we cannot read \(id/,
    );
  });
});

describe("plans and addresses in other shapes", () => {
  it("a plan's order and items as {id} objects, its refund as a number", () => {
    const plan = parseWith(
      rawPlan,
      {
        ...plansPage.results[0],
        order: { id: "6e5877a9-5a03-48e6-8425-d4be178de83e" },
        order_items: [{ id: "f35d" }],
        refund_amount: 1,
      },
      "a plan",
    );
    expect(plan).toMatchObject({
      order: "6e5877a9-5a03-48e6-8425-d4be178de83e",
      order_items: ["f35d"],
      refund_amount: "1",
    });
  });

  it("an address with numbers for text and words for flags", () => {
    const address = rawAddress.parse({
      ...seedAddress(),
      postcode: 34000,
      phone_number: 5555555555,
      is_active: "true",
      e_bill_taxpayer: "maybe",
    });
    expect(address).toMatchObject({
      postcode: "34000",
      phone_number: "5555555555",
      is_active: true,
      e_bill_taxpayer: null,
    });
  });
});

describe("a page with an order broken beyond reading", () => {
  it("lists the others and names the broken ones", () => {
    const page = [
      seedOrder(),
      { ...seedOrder(), id: "broken-amount", amount: "six hundred" },
      { ...seedOrder(), id: "broken-date", date_placed: "yesterday" },
      { ...seedOrder(), id: "no-currency", currency: null },
      { ...seedOrder(), id: "no-status", status: null },
      "not even an object",
    ];
    const { orders, unreadable } = readEach(page, (payload) => read(payload, []));
    expect(orders.map((order) => order.id)).toEqual([ORDER_ID]);
    expect(unreadable.map((entry) => entry.orderId)).toEqual([
      "broken-amount",
      "broken-date",
      "no-currency",
      "no-status",
      null,
    ]);
    expect(unreadable[0]?.message).toContain("amount");
    expect(unreadable[1]?.message).toContain("date_placed");
    expect(unreadable[2]?.message).toContain("without a currency");
  });
});
