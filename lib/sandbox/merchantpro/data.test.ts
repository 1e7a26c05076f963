// The generated shop: deterministic, realistic, and every order's money adds up.
import { beforeAll, describe, expect, it } from "vitest";
import { type Json, merchantProForTests, startMerchantPro } from "./test-helpers";

const NOW = Date.parse("2026-03-15T00:00:00Z"); // the `now` test-helpers gives the sandbox
const cents = (value: number) => Math.round(value * 100);
const SEED_IDS = new Set([
  11089919, 12345001, 12345002, 12345003, 39787708, 46706210, 53824910, 64098294, 67716435, 69291306, 73000828,
  93950143,
]);

function validEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const sum = [...code.slice(0, 12)].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(code[12]);
}

describe("merchantpro generated data", () => {
  const mp = merchantProForTests();
  let orders: Json[];
  beforeAll(async () => {
    orders = await mp.all();
  });

  it("is the same for the same seed and different for another seed", async () => {
    const twin = await startMerchantPro();
    const other = await startMerchantPro({ seed: 7 });
    try {
      expect(await twin.all()).toStrictEqual(orders);
      expect(JSON.stringify(await other.all())).not.toBe(JSON.stringify(orders));
    } finally {
      await twin.sandbox.stop();
      await other.sandbox.stop();
    }
  });

  it("adds up: net + tax = gross per unit, unit × quantity per line, lines + shipping = total", () => {
    for (const order of orders) {
      let goods = 0;
      for (const line of order.line_items) {
        expect(cents(line.unit_price_net) + cents(line.unit_tax_amount), `${order.id}`).toBe(
          cents(line.unit_price_gross),
        );
        expect(cents(line.line_subtotal_net) + cents(line.line_tax_amount)).toBe(cents(line.line_subtotal_gross));
        expect(cents(line.line_subtotal_gross)).toBe(cents(line.unit_price_gross) * line.quantity);
        goods += cents(line.line_subtotal_gross);
      }
      expect(goods + cents(order.shipping_amount ?? 0), `order ${order.id}`).toBe(cents(order.total_amount));
    }
  });

  it("has realistic Romanian orders: statuses, lines, EANs, addresses, dates", () => {
    const generated = orders.filter((o) => !SEED_IDS.has(o.id));
    expect(generated).toHaveLength(60);
    const statuses = new Set(generated.map((o) => o.shipping_status));
    for (const status of ["awaiting", "in_process", "shipped", "delivered", "cancelled", "returned"])
      expect(statuses).toContain(status);
    for (const order of generated) {
      expect(order.line_items.length).toBeGreaterThanOrEqual(1);
      expect(order.line_items.filter((l: Json) => l.item_type === "product").length).toBeLessThanOrEqual(6);
      for (const line of order.line_items.filter((l: Json) => l.item_type === "product")) {
        expect(validEan13(line.product_ean), line.product_ean).toBe(true);
        expect([19, 9, 5]).toContain(line.product_tax_percent);
      }
      expect(["RON", "EUR"]).toContain(order.currency);
      expect(order.billing_postal_code).toMatch(/^\d{6}$/);
      expect(order.billing_phone).toMatch(/^07\d{8}$/);
      expect(order.billing_country_name).toBe("România");
      const created = Date.parse(order.date_created);
      expect(created).toBeGreaterThan(NOW - 120 * 86_400_000);
      expect(created).toBeLessThan(NOW);
      expect(order.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00$/);
      if (order.date_shipped) expect(Date.parse(order.date_shipped)).toBeGreaterThanOrEqual(created);
      if (order.date_delivered)
        expect(Date.parse(order.date_delivered)).toBeGreaterThanOrEqual(Date.parse(order.date_shipped));
      if (order.shipping_status === "cancelled") expect(order.payment_status).toBe("cancelled");
      if (order.shipping_status === "delivered") expect(order.payment_status).toBe("paid");
      if (["shipped", "delivered"].includes(order.shipping_status)) expect(order.date_shipped).not.toBeNull();
      if (order.billing_type === "company") expect(order.billing_company_vat).toMatch(/^RO\d+$/);
      for (const rma of order.rma_orders ?? []) {
        expect(orders.find((o) => o.id === rma.id)?.return_source_id).toBe(order.id);
      }
      if (order.parent_id) expect(orders.some((o) => o.id === order.parent_id)).toBe(true);
    }
  });
});
