// Create an order and change its delivery address.
import { describe, expect, it } from "vitest";
import { cents, type OrderPage, retailysForTests, type WireOrder } from "./test-client";

const { call, all, pick, expanded: get } = retailysForTests({ unlimited: true });
const open = (o: WireOrder) => !o.sent && !o.canceled && !o.done;

describe("POST /System/Orders", () => {
  it("creates a minimal order: 201 {id}, status Nová, first on the list", async () => {
    const reply = await call<{ id: number }>("POST", "/v1/System/Orders", {
      name: "Tomáš Marek",
      email: "tomas.marek@email.cz",
      orderCurrencyCode: "CZK",
      street: "Husova 12",
      city: "Brno",
      zip: "602 00",
    });
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.body)).toEqual(["id"]);
    expect(reply.body.id).toBeGreaterThan(Math.max(...all().map((o) => o.id)));
    const order = await get(reply.body.id);
    expect(order).toMatchObject({
      name: "Tomáš Marek",
      deliveryName: "Tomáš Marek",
      deliveryCity: "Brno",
      stateCode: "CZ",
      status: 1,
      sent: false,
      delivered: false,
      done: false,
      canceled: false,
      money: 0,
      paid: 0,
      items: [],
      shipping: null,
      payment: null,
      currencyRate: 1,
    });
    expect(order.channel.id).toBe(1);
    expect(Math.abs(Date.parse(order.dateOrder) - Date.now())).toBeLessThan(5_000);
    expect(order.history?.map((h) => h.record.name)).toEqual(["Objednávka vytvořena"]);
    const first = (await call<OrderPage>("GET", "/v1/System/Orders")).body.orders[0];
    expect(first?.id).toBe(reply.body.id);
  });

  it("creates a EUR order with items, shipping and payment whose total adds up", async () => {
    const reply = await call<{ id: number }>("POST", "/v1/System/Orders", {
      name: "Zuzana Kováčová",
      email: "zuzana.kovacova@azet.sk",
      phone: "+421 905 000 111",
      orderCurrencyCode: "EUR",
      stateCode: "SK",
      customer: 9001,
      deliveryCity: "Košice",
      items: [
        { article: "DP-1604-CE", count: 2, price: 22.49 },
        { article: "DP-2030", count: 1, price: 6.99 },
      ],
      shipping: { name: "DPD – doručení na adresu", price: 5.49 },
      payment: { name: "Dobírka", price: 1.49 },
      externalOrderId: "SK-42",
    });
    expect(reply.status).toBe(201);
    const order = await get(reply.body.id);
    expect(order.channel.id).toBe(2);
    expect(order.currencyRate).toBe(24.35);
    expect(order.customer).toBe(9001);
    expect(cents(order.money)).toBe(2 * 2249 + 699 + 549 + 149);
    expect(order.items.map((i) => [i.name, i.price.vat, i.price.currency])).toEqual([
      ["Termoska nerezová 0,75 l – černá", 21, "EUR"],
      ["Med květový 500 g", 12, "EUR"],
    ]);
    expect(order.weight).toBe(1.55);
    expect(order).toMatchObject({ deliveryCity: "Košice", deliveryName: "Zuzana Kováčová", city: "" });
  });

  it.each([
    [{ email: "a@b.cz", orderCurrencyCode: "CZK" }, 400, "Field 'name' is required."],
    [{ name: "A", email: "a@b.cz" }, 400, "Field 'orderCurrencyCode' is required."],
    [{ name: "A", email: "ab.cz", orderCurrencyCode: "CZK" }, 400, "Field 'email' must be an e-mail address."],
    [
      { name: "A", email: "a@b.cz", orderCurrencyCode: "USD" },
      400,
      "Field 'orderCurrencyCode' must be one of CZK, EUR.",
    ],
    [{ name: "A", email: "a@b.cz", orderCurrencyCode: "CZK", items: {} }, 400, "Field 'items' must be an array."],
    [
      {
        name: "A",
        email: "a@b.cz",
        orderCurrencyCode: "CZK",
        items: [
          { article: "A", count: 1, price: 1 },
          { article: "B", count: 0, price: 1 },
        ],
      },
      400,
      "Field 'items[1].count' must be at least 1.",
    ],
    [
      { name: "A", email: "a@b.cz", orderCurrencyCode: "CZK", shipping: { name: "PPL" } },
      400,
      "Field 'shipping.price' is required.",
    ],
    [{ name: "A", email: "a@b.cz", orderCurrencyCode: "CZK", channel: 42 }, 422, "Channel 42 does not exist."],
  ])("refuses %j", async (body, status, message) => {
    const reply = await call("POST", "/v1/System/Orders", body);
    expect(reply.status).toBe(status);
    expect(reply.body.message).toBe(message);
  });
});

describe("PUT /System/Orders (delivery address)", () => {
  it("changes only the delivery fields sent: 200 {id}", async () => {
    const order = pick(open);
    const reply = await call<{ id: number }>("PUT", "/v1/System/Orders", {
      id: order.id,
      deliveryStreet: "Kounicova 10",
      deliveryCity: "Brno",
      deliveryZip: "602 00",
    });
    expect(reply).toMatchObject({ status: 200, body: { id: order.id } });
    const after = (await call<WireOrder>("GET", `/v1/System/Orders/${order.id}`)).body;
    expect(after).toEqual({ ...order, deliveryStreet: "Kounicova 10", deliveryCity: "Brno", deliveryZip: "602 00" });
    expect((await get(order.id)).history?.at(-1)?.record.name).toBe("Změněna doručovací adresa");
  });

  it("is refused once the order is sent or canceled (422)", async () => {
    const sent = pick((o) => o.sent && !o.canceled);
    const reply = await call("PUT", "/v1/System/Orders", { id: sent.id, deliveryCity: "Praha" });
    expect(reply.status).toBe(422);
    expect(reply.body.message).toBe(
      `The delivery address of order ${sent.id} cannot be changed: it has already been sent.`,
    );
    const canceled = pick((o) => o.canceled);
    expect((await call("PUT", "/v1/System/Orders", { id: canceled.id, deliveryCity: "Praha" })).status).toBe(422);
  });

  it("answers 400 for a bad body and 404 for an unknown id", async () => {
    const id = all()[0]!.id;
    expect((await call("PUT", "/v1/System/Orders", { deliveryCity: "Praha" })).body.message).toBe(
      "Field 'id' is required.",
    );
    expect((await call("PUT", "/v1/System/Orders", { id })).status).toBe(400);
    expect((await call("PUT", "/v1/System/Orders", { id, deliveryEmail: "nope" })).body.message).toBe(
      "Field 'deliveryEmail' must be an e-mail address.",
    );
    expect((await call("PUT", "/v1/System/Orders", { id, deliveryCity: 7 })).body.message).toBe(
      "Field 'deliveryCity' must be a string.",
    );
    expect((await call("PUT", "/v1/System/Orders", { id: 1, deliveryCity: "Praha" })).status).toBe(404);
  });
});
