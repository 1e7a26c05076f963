// POST (create), PATCH (update) and DELETE on /api/v2/orders.
import { describe, expect, it } from "vitest";
import { LINE_MONEY_FIELDS } from "./lines";
import createRequest from "./seed-examples/create-request.json" with { type: "json" };
import createResponse from "./seed-examples/create-response.json" with { type: "json" };
import deleteResponse from "./seed-examples/delete-response.json" with { type: "json" };
import updateRequest from "./seed-examples/update-request.json" with { type: "json" };
import updateResponse from "./seed-examples/update-response.json" with { type: "json" };
import { type Json, merchantProForTests } from "./test-helpers";

const NOW = Date.parse("2026-03-14T10:00:00Z");
const cents = (value: number) => Math.round(value * 100);

function expectLinesAddUp(order: Json): void {
  let goods = 0;
  for (const line of order.line_items) {
    expect(cents(line.unit_price_net) + cents(line.unit_tax_amount)).toBe(cents(line.unit_price_gross));
    expect(cents(line.line_subtotal_gross)).toBe(cents(line.unit_price_gross) * line.quantity);
    goods += cents(line.line_subtotal_gross);
  }
  expect(goods + cents(order.shipping_amount ?? 0)).toBe(cents(order.total_amount));
}

describe("merchantpro writes", () => {
  const mp = merchantProForTests({ clock: () => NOW });

  it("POST with the seed's request answers like the seed's POST example", async () => {
    const reply = await mp.request("POST", "/api/v2/orders", { body: createRequest });
    expect(reply.status).toBe(200);
    const order = reply.body;
    expect(order.id).toBeGreaterThan(93950143);
    for (const key of [
      "payment_status",
      "payment_status_text",
      "payment_method_code",
      "payment_method_name",
      "shipping_status",
      "shipping_status_text",
      "shipping_method_id",
      "shipping_method_name",
      "shipping_amount",
      "shipping_tax_amount",
      "total_amount",
      "currency",
      "customer_id",
      "customer_email",
      "customer_ip_address",
      "customer_device",
      "billing_name",
      "billing_country_name",
      "billing_state",
      "billing_city",
      "shipping_country_name",
      "shipping_state",
      "invoice",
    ]) {
      expect(order[key], key).toEqual((createResponse as Json)[key]);
    }
    const keys = [
      ...LINE_MONEY_FIELDS,
      "product_id",
      "variant_id",
      "product_sku",
      "product_tax_percent",
      "meta_fields",
    ];
    order.line_items.forEach((line: Json, i: number) => {
      for (const key of keys) {
        expect(line[key], key).toEqual((createResponse.line_items[i] as Json)[key]);
      }
    });
    expect(order.date_created).toBe("2026-03-14T12:00:00+02:00");
    expect((await mp.get(`/api/v2/orders/${order.id}`)).body).toStrictEqual(order);
  });

  it("POST refuses a body without line_items or with a bad line", async () => {
    const { line_items: _lines, ...noLines } = createRequest;
    const missing = await mp.request("POST", "/api/v2/orders", { body: noLines });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("invalid_field");
    const bad = await mp.request("POST", "/api/v2/orders", {
      body: { ...createRequest, line_items: [{ quantity: 0 }] },
    });
    expect(bad.body.error.message).toContain("line_items[0].quantity");
    expect((await mp.request("POST", "/api/v2/orders", { raw: "{oops" })).body.error.code).toBe("invalid_json");
  });

  it("PATCH with the seed's update request sets shipping and ADDS the tag, as the seed's answer shows", async () => {
    const reply = await mp.patch("/api/v2/orders/12345001", updateRequest);
    expect(reply.status).toBe(200);
    const order = reply.body;
    expect(order.tags).toEqual(updateResponse.tags);
    expect(order.shipping_method_id).toBe(updateResponse.shipping_method_id);
    expect(order.shipping_method_name).toBeNull();
    expect(order.shipping_amount).toBe(15);
    expect(order.shipping_tax_amount).toBe(2.39); // the seed's shop charges no VAT (0); ours charges 19%
    expect(order.total_amount).toBe(468.05);
    expect(order.date_modified).toBe("2026-03-14T12:00:00+02:00");
    const again = await mp.patch("/api/v2/orders/12345001", {
      tags: [{ name: "Feedback excelent" }, { name: "Retur rapid" }],
    });
    expect(again.body.tags).toEqual([
      { id: 1, name: "Feedback excelent" },
      { id: 7, name: "Retur rapid" },
    ]);
  });

  it("PATCH line_items replaces every line and recomputes the totals", async () => {
    const reply = await mp.patch("/api/v2/orders/64098294", {
      line_items: [
        { product_id: 4001, quantity: 2, unit_price_gross: 39 },
        { product_name: "Serviciu montaj", quantity: 1, unit_price_net: 100, product_tax_percent: 19 },
      ],
    });
    expect(reply.status).toBe(200);
    const order = reply.body;
    expect(order.line_items).toHaveLength(2);
    expect(order.line_items[0]).toMatchObject({
      product_name: "Carte: Maitreyi - Mircea Eliade",
      product_tax_percent: 5,
    });
    expect(order.line_items[1]).toMatchObject({ unit_price_gross: 119, unit_price_net: 100, unit_tax_amount: 19 });
    expect(order.total_amount).toBe(358.16); // 161.16 shipping + 2 × 39 + 119
    expectLinesAddUp(order);
  });

  it("PATCH shipping_awb sets the AWB, but not on a cancelled order", async () => {
    const awb = await mp.patch("/api/v2/orders/53824910", { shipping_awb: "6123456789" });
    expect(awb.body.shipping_awb).toBe("6123456789");
    expect((await mp.get("/api/v2/orders?shipping_awb=6123456789&fields=id")).body.data).toEqual([{ id: 53824910 }]);
    const refused = await mp.patch("/api/v2/orders/39787708", { shipping_awb: "6000000000" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_status");
    expect((await mp.get("/api/v2/orders/39787708")).body.shipping_awb).toBeNull();
  });

  it("PATCH internal_notes REPLACES the list (known ids kept), ignores unknown and read-only fields", async () => {
    const before = (await mp.get("/api/v2/orders/73000828")).body;
    const reply = await mp.patch("/api/v2/orders/73000828", {
      internal_notes: [{ text: "Asteptam plata prin OP." }],
      shipping_status: "delivered",
      no_such_field: 1,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.shipping_status).toBe(before.shipping_status);
    expect(reply.body.internal_notes).toEqual([{ id: expect.any(Number), text: "Asteptam plata prin OP." }]);
    const [first] = reply.body.internal_notes;
    const both = await mp.patch("/api/v2/orders/73000828", { internal_notes: [first, { text: "Platit." }] });
    expect(both.body.internal_notes).toEqual([first, { id: first.id + 1, text: "Platit." }]);
    const only = await mp.patch("/api/v2/orders/73000828", { internal_notes: [{ text: "Altceva" }] });
    expect(only.body.internal_notes).toEqual([{ id: first.id + 2, text: "Altceva" }]);
    expect("no_such_field" in reply.body).toBe(false);
    const bad = await mp.patch("/api/v2/orders/73000828", { shipping_amount: "free", customer_note: "x" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_field");
    expect((await mp.get("/api/v2/orders/73000828")).body.customer_note).toBe(reply.body.customer_note);
  });

  it("DELETE answers {ok: true} and the order is gone", async () => {
    const reply = await mp.request("DELETE", "/api/v2/orders/46706210");
    expect(reply.status).toBe(200);
    expect(reply.body).toStrictEqual(deleteResponse);
    expect((await mp.get("/api/v2/orders/46706210")).status).toBe(404);
    expect((await mp.request("DELETE", "/api/v2/orders/46706210")).status).toBe(404);
    expect((await mp.patch("/api/v2/orders/46706210", { customer_note: "x" })).status).toBe(404);
  });
});
