// PATCH /api/v2/orders/{id}/{handler}: what each handler changes, and the refusals of platforms.md section 6.
import { beforeAll, describe, expect, it } from "vitest";
import handlerResponse from "./seed-examples/handler-response.json" with { type: "json" };
import { type Json, merchantProForTests } from "./test-helpers";

const NOW = Date.parse("2026-03-14T10:00:00Z");
const NOW_TEXT = "2026-03-14T12:00:00+02:00";

const ALLOWED: Record<string, string[]> = {
  in_process: ["awaiting", "confirmed"],
  shipped: ["awaiting", "confirmed", "in_process"],
  delivered: ["shipped"],
  returned: ["shipped", "delivered"],
  cancelled: ["temporary", "awaiting", "confirmed", "in_process"],
};
const STATUSES = ["temporary", "awaiting", "confirmed", "in_process", "shipped", "delivered", "returned", "cancelled"];
const TEXT: Record<string, string> = {
  in_process: "Comanda in procesare",
  shipped: "Comanda expediata",
  delivered: "Comanda livrata",
  returned: "Comanda returnata",
  cancelled: "Comanda anulata",
};

describe("merchantpro handlers", () => {
  const mp = merchantProForTests({ clock: () => NOW });
  let orders: Json[];
  beforeAll(async () => {
    orders = await mp.all();
  });

  /** An untouched order in the given shipping status: a generated one, else one created for the test. */
  const used = new Set<number>();
  async function take(status: string, extra: (o: Json) => boolean = () => true): Promise<Json> {
    const found = orders.find((o) => o.shipping_status === status && !used.has(o.id) && extra(o));
    if (found) {
      used.add(found.id);
      return found;
    }
    const created = await mp.request("POST", "/api/v2/orders", {
      body: {
        shipping_status: status,
        payment_method_code: "cash_delivery",
        customer_email: "test@example.ro",
        billing_name: "Test Client",
        line_items: [{ product_id: 77, quantity: 1, unit_price_gross: 59.9 }],
      },
    });
    expect(created.status).toBe(200);
    return created.body;
  }

  for (const [handler, from] of Object.entries(ALLOWED)) {
    it(`${handler}: allowed from ${from.join(", ")}, refused from the rest`, async () => {
      for (const status of from) {
        const before = await take(status);
        const reply = await mp.patch(`/api/v2/orders/${before.id}/${handler}`);
        expect(reply.status, `${handler} from ${status}`).toBe(200);
        expect(reply.body).toStrictEqual(handlerResponse);
        const after = (await mp.get(`/api/v2/orders/${before.id}`)).body;
        const expected = {
          ...before,
          shipping_status: handler,
          shipping_status_text: TEXT[handler],
          date_modified: NOW_TEXT,
        };
        if (handler === "shipped") expected.date_shipped = NOW_TEXT;
        if (handler === "delivered") expected.date_delivered = NOW_TEXT;
        if (handler === "cancelled")
          Object.assign(expected, { payment_status: "cancelled", payment_status_text: "Plata anulata" });
        expect(after).toStrictEqual(expected);
      }
      for (const status of STATUSES.filter((s) => !from.includes(s))) {
        const before = await take(status);
        const reply = await mp.patch(`/api/v2/orders/${before.id}/${handler}`);
        expect(reply.status, `${handler} from ${status}`).toBe(400);
        expect(reply.body.error.code).toBe("invalid_status");
        expect(reply.body.error.message).toContain(`while it is ${status}`);
        expect((await mp.get(`/api/v2/orders/${before.id}`)).body).toStrictEqual(before);
      }
    });
  }

  it("create_invoice fills invoice with the next zero-padded number, once, and never on a cancelled order", async () => {
    const numbers = orders.filter((o) => o.invoice).map((o) => Number(o.invoice.number));
    const order = await take("delivered", (o) => o.invoice === null);
    expect((await mp.patch(`/api/v2/orders/${order.id}/create_invoice`)).body).toStrictEqual(handlerResponse);
    const after = (await mp.get(`/api/v2/orders/${order.id}`)).body;
    expect(after.invoice).toEqual({
      prefix: "SERIE",
      number: String(Math.max(...numbers) + 1).padStart(7, "0"),
      app: "billing",
      cancelled: false,
      url: expect.stringMatching(new RegExp(`^https://shop\\.demo\\.ro/comanda/invoice/[0-9a-f]{32}/${order.id}$`)),
    });
    expect(after.shipping_status).toBe("delivered");
    expect(after.date_modified).toBe(NOW_TEXT);
    const again = await mp.patch(`/api/v2/orders/${order.id}/create_invoice`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain("already");
    const cancelled = await mp.patch(
      `/api/v2/orders/${(await take("cancelled", (o) => o.invoice === null)).id}/create_invoice`,
    );
    expect(cancelled.status).toBe(400);
    expect(cancelled.body.error.code).toBe("invalid_status");
  });

  it("walks one order through the whole workflow", async () => {
    const { id } = await take("awaiting");
    for (const handler of ["in_process", "shipped", "delivered", "returned"]) {
      expect((await mp.patch(`/api/v2/orders/${id}/${handler}`)).status, handler).toBe(200);
    }
    const refused = await mp.patch(`/api/v2/orders/${id}/cancelled`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/returned/);
  });

  it("answers 404 for an unknown handler or order and 405 for a GET on a handler", async () => {
    expect((await mp.patch("/api/v2/orders/12345001/paid")).status).toBe(404);
    expect((await mp.patch("/api/v2/orders/1/shipped")).status).toBe(404);
    expect((await mp.get("/api/v2/orders/12345001/shipped")).status).toBe(405);
  });
});
