// Order items: add, edit, delete; totals follow; refused once the order is sent or canceled.
import { describe, expect, it } from "vitest";
import { cents, retailysForTests, type WireOrder } from "./test-client";

const { call, all, pick, expanded: get } = retailysForTests({ unlimited: true });

const editable = (o: WireOrder) => !o.sent && !o.canceled && o.orderCurrencyCode === "CZK";
const itemsTotal = (o: WireOrder) =>
  o.items.reduce((sum, item) => sum + cents(item.price.finalPrice) * item.count, 0) +
  cents(o.shipping?.price ?? 0) +
  cents(o.payment?.price ?? 0);

describe("POST /System/Orders/{id}/item", () => {
  it("adds a catalogue article: 201 {id}, totals, weight and history follow", async () => {
    const order = pick(editable);
    const reply = await call<{ id: number }>("POST", `/v1/System/Orders/${order.id}/item`, {
      article: "DP-1220",
      count: 2,
      price: 1290,
    });
    expect(reply.status).toBe(201);
    const after = await get(order.id);
    const item = after.items.find((i) => i.id === reply.body.id);
    expect(item).toEqual({
      id: reply.body.id,
      article: "DP-1220",
      name: "Sada kuchyňských nožů 5 ks",
      count: 2,
      ordered: 2,
      waitingCount: 0,
      note: null,
      price: { basePrice: 1066.12, finalPrice: 1290, vat: 21, vatValue: 223.88, currency: "CZK" },
      priceOriginal: 1290,
    });
    expect(cents(after.money)).toBe(cents(order.money) + 258_000);
    expect(cents(after.money)).toBe(itemsTotal(after));
    expect(Math.round(after.weight * 1000)).toBe(Math.round(order.weight * 1000) + 1800);
    expect(after.history?.at(-1)?.record.name).toBe("Přidána položka DP-1220 × 2");
  });

  it("takes name and VAT from the body for an article outside the catalogue", async () => {
    const order = pick(editable);
    const reply = await call<{ id: number }>("POST", `/v1/System/Orders/${order.id}/item`, {
      article: "X-GIFT",
      name: "Dárková krabička",
      count: 1,
      price: 49.5,
      vat: 12,
      note: "zdarma k objednávce",
    });
    const item = (await get(order.id)).items.find((i) => i.id === reply.body.id)!;
    expect(item).toMatchObject({ name: "Dárková krabička", note: "zdarma k objednávce" });
    expect(item.price).toEqual({ basePrice: 44.2, finalPrice: 49.5, vat: 12, vatValue: 5.3, currency: "CZK" });
  });

  it.each([
    [{ count: 1, price: 10 }, "Field 'article' is required."],
    [{ article: "A", count: 0, price: 10 }, "Field 'count' must be at least 1."],
    [{ article: "A", count: 1.5, price: 10 }, "Field 'count' must be an integer."],
    [{ article: "A", count: 1, price: "10" }, "Field 'price' must be a non-negative number with at most 2 decimals."],
    [{ article: "A", count: 1, price: 10, vat: 150 }, "Field 'vat' must be a number from 0 to 100."],
  ])("refuses %j with 400", async (body, message) => {
    const reply = await call("POST", `/v1/System/Orders/${all()[0]!.id}/item`, body);
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe(message);
  });
});

describe("PUT /System/Orders/{id}/item", () => {
  it("edits count, price and note; ordered stays; totals follow", async () => {
    const order = pick((o) => editable(o) && o.items.length >= 2);
    const target = order.items[0]!;
    const reply = await call<{ id: number }>("PUT", `/v1/System/Orders/${order.id}/item`, {
      id: target.id,
      count: target.count + 2,
      price: 99.9,
      note: "Sleva za poškozený obal",
    });
    expect(reply).toMatchObject({ status: 200, body: { id: target.id } });
    const after = await get(order.id);
    const item = after.items[0]!;
    expect(item).toMatchObject({ count: target.count + 2, ordered: target.ordered, note: "Sleva za poškozený obal" });
    expect(item.price.finalPrice).toBe(99.9);
    expect(item.priceOriginal).toBe(target.priceOriginal);
    expect(cents(after.money)).toBe(itemsTotal(after));
    expect(after.items.slice(1)).toEqual(order.items.slice(1));
  });

  it("answers 404 for an item of another order and 400 when nothing changes", async () => {
    const [a, b] = [all()[0]!, all()[1]!];
    const wrong = await call("PUT", `/v1/System/Orders/${a.id}/item`, { id: b.items[0]!.id, count: 1 });
    expect(wrong.status).toBe(404);
    expect(wrong.body.message).toBe(`Item ${b.items[0]!.id} not found on order ${a.id}.`);
    const nothing = await call("PUT", `/v1/System/Orders/${a.id}/item`, { id: a.items[0]!.id });
    expect(nothing.status).toBe(400);
    expect((await call("PUT", `/v1/System/Orders/${a.id}/item`, { count: 2 })).body.message).toBe(
      "Field 'id' is required.",
    );
  });
});

describe("DELETE /System/Orders/{id}/item/{itemId}", () => {
  it("removes the item: 200 {id}, totals follow, a second delete is 404", async () => {
    const order = pick((o) => editable(o) && o.items.length >= 2);
    const target = order.items[1]!;
    const reply = await call<{ id: number }>("DELETE", `/v1/System/Orders/${order.id}/item/${target.id}`);
    expect(reply).toMatchObject({ status: 200, body: { id: target.id } });
    const after = await get(order.id);
    expect(after.items.map((i) => i.id)).toEqual(order.items.filter((i) => i.id !== target.id).map((i) => i.id));
    expect(cents(after.money)).toBe(cents(order.money) - cents(target.price.finalPrice) * target.count);
    expect(after.history?.at(-1)?.record.name).toBe(`Odebrána položka ${target.article}`);
    expect((await call("DELETE", `/v1/System/Orders/${order.id}/item/${target.id}`)).status).toBe(404);
  });
});

describe("items of a sent or canceled order", () => {
  it.each([
    ["sent", (o: WireOrder) => o.sent && !o.canceled, "it has already been sent"],
    ["canceled", (o: WireOrder) => o.canceled, "it is canceled"],
  ] as const)("are locked when the order is %s (422)", async (_state, test, reason) => {
    const order = pick(test);
    const item = order.items[0]!;
    const replies = [
      await call("POST", `/v1/System/Orders/${order.id}/item`, { article: "DP-1231", count: 1, price: 249 }),
      await call("PUT", `/v1/System/Orders/${order.id}/item`, { id: item.id, count: 5 }),
      await call("DELETE", `/v1/System/Orders/${order.id}/item/${item.id}`),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(422);
      expect(reply.body).toEqual({
        message: `Items of order ${order.id} cannot be changed: ${reason}.`,
        detail: "Items can be added, edited or deleted while the order is neither canceled nor sent.",
      });
    }
    expect((await get(order.id)).items).toEqual(order.items);
  });
});
