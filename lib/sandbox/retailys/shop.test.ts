// The shop controls (/_sandbox/orders/retailys): orders placed, moved along and deleted behind Orderdeck's back,
// seen through Retailys' own API.
import { describe, expect, it } from "vitest";
import { shopClient } from "../test-shop-client";
import { allOrders, cents, type OrderPage, retailysForTests, type WireOrder } from "./test-client";

const { sandbox, call, all: seeded, pick, taken, expanded: detail } = retailysForTests({ unlimited: true });

const shop = shopClient(() => sandbox().url, "retailys");
const { control, change } = shop;
const place = async (count = 1): Promise<number[]> => (await shop.place(count)).map(Number);
const listed = (query = "") => allOrders(call, query);
const lastRecord = async (id: number) => (await detail(id)).history?.at(-1);
const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;

const isPickup = (o: WireOrder) => o.shipping?.name.startsWith("Osobní odběr") ?? false;

describe("createOrder", () => {
  it("places a new order now: first in the list, readable by id, in the first state", async () => {
    const before = Date.now();
    const [id] = await place();
    const list = await listed();
    expect(list[0]?.id).toBe(id);
    await shop.expectNewestFirst(id!, list.length);
    const order = await detail(id!);
    expect(Date.parse(order.dateOrder)).toBeGreaterThanOrEqual(wholeSeconds(before));
    expect(Date.parse(order.dateOrder)).toBeLessThanOrEqual(Date.now());
    expect(order).toMatchObject({ sent: false, delivered: false, done: false, canceled: false, status: 1, paid: 0 });
    expect(order.trackings).toEqual([]);
    expect(order.history?.map((h) => h.record)).toEqual([{ name: "Objednávka vytvořena", status: "Nová" }]);
    // Built like the seeded orders: catalogue lines, the shop's methods, a total that adds up.
    expect(order.items.length).toBeGreaterThan(0);
    const lines = order.items.reduce((sum, item) => sum + cents(item.price.finalPrice) * item.count, 0);
    expect(cents(order.money)).toBe(lines + cents(order.shipping!.price) + cents(order.payment!.price));
    expect(order.email).toMatch(/@/);
    expect(order.orderCurrencyCode).toBe(order.channel.id === 2 ? "EUR" : "CZK");
  });

  it("answers it through every documented filter like any other order", async () => {
    const [id] = await place();
    const order = await detail(id!);
    const at = encodeURIComponent(order.dateOrder);
    const queries = [
      `&channel_id=${order.channel.id}`,
      "&done=false",
      "&canceled=0",
      "&status_id=1",
      `&from=${at}`,
      `&to=${at}`,
      ...(order.customer === null ? [] : [`&customer_id=${order.customer}`]),
      ...(order.company === null ? [] : [`&company_id=${order.company}`]),
    ];
    for (const query of queries)
      expect(
        (await listed(query)).map((o) => o.id),
        query,
      ).toContain(id);
    expect((await listed("&done=true")).map((o) => o.id)).not.toContain(id);
    expect((await listed(`&from=${at}`))[0]?.id).toBe(id);
  });

  it("places several, newest (highest id) first, and leaves the seeded orders as they were", async () => {
    const ids = await place(3);
    expect(new Set(ids).size).toBe(3);
    const list = await listed();
    expect(list.slice(0, 3).map((o) => o.id)).toEqual([...ids].reverse());
    const untouched = new Map(list.map((o) => [o.id, o]));
    for (const order of seeded().filter((o) => !taken.has(o.id))) expect(untouched.get(order.id)).toEqual(order);
  });
});

describe("changeOrder", () => {
  it("moves a shipped order along its flags: sent (with a parcel number) → delivered → done", async () => {
    const order = pick((o) => !o.sent && !o.done && !o.canceled && !isPickup(o) && o.trackings.length === 0);
    const steps: [keyof WireOrder, number, string][] = [
      ["sent", 6, "Objednávka odeslána"],
      ["delivered", 7, "Objednávka doručena"],
      ["done", 8, "Objednávka vyřízena"],
    ];
    for (const [flag, status, record] of steps) {
      const before = wholeSeconds(Date.now());
      expect((await change(order.id)).status).toBe(200);
      const row = (await listed()).find((o) => o.id === order.id)!;
      expect(row[flag]).toBe(true);
      expect(row.status).toBe(status);
      expect((await listed(`&status_id=${status}`)).map((o) => o.id)).toContain(order.id);
      const last = await lastRecord(order.id);
      expect(last?.record.name).toBe(record);
      expect(Date.parse(last!.date)).toBeGreaterThanOrEqual(before);
      if (flag === "sent") {
        expect(row.trackings).toHaveLength(1);
        const number = row.trackings[0]!.trackingNumber;
        expect((await listed(`&tracking=${number}`)).map((o) => o.id)).toEqual([order.id]);
      }
    }
    expect((await listed("&done=true")).map((o) => o.id)).toContain(order.id);
  });

  it("moves a pickup order (never sent) straight to done", async () => {
    const order = pick((o) => !o.sent && !o.done && !o.canceled && isPickup(o));
    expect((await change(order.id)).status).toBe(200);
    const after = await detail(order.id);
    expect(after).toMatchObject({ sent: false, done: true, status: 8 });
  });

  it.each([
    ["done", (o: WireOrder) => o.done],
    ["canceled", (o: WireOrder) => o.canceled],
  ])("writes an internal note on a %s order, whose flags cannot move", async (_state, test) => {
    const order = pick(test);
    const raw = async () => (await call<{ ourNote: string | null }>("GET", `/v1/System/Orders/${order.id}`)).body;
    const before = wholeSeconds(Date.now());
    const noteBefore = (await raw()).ourNote;
    expect((await change(order.id)).status).toBe(200);
    const first = (await raw()).ourNote;
    expect(first).not.toBe(noteBefore);
    expect((await change(order.id)).status).toBe(200);
    expect((await raw()).ourNote).not.toBe(first);
    const after = await detail(order.id);
    expect({ status: after.status, done: after.done, canceled: after.canceled }).toEqual({
      status: order.status,
      done: order.done,
      canceled: order.canceled,
    });
    const last = await lastRecord(order.id);
    expect(last?.record.name).toBe("Upravena interní poznámka");
    expect(Date.parse(last!.date)).toBeGreaterThanOrEqual(before);
  });

  it("moves a placed order along too", async () => {
    const [id] = await place();
    expect((await change(id!)).status).toBe(200);
    const order = await detail(id!);
    expect(order.sent || order.done).toBe(true);
    expect(order.status).toBe(order.done ? 8 : 6);
  });
});

describe("deleteOrder", () => {
  it("removes the order from the list; its detail answers Retailys' 404", async () => {
    const order = pick(() => true);
    const total = (await call<OrderPage>("GET", "/v1/System/Orders")).body.paginator.total;
    expect((await control("DELETE", `/${order.id}`)).status).toBe(200);
    expect((await listed()).map((o) => o.id)).not.toContain(order.id);
    expect((await call<OrderPage>("GET", "/v1/System/Orders")).body.paginator.total).toBe(total - 1);
    const gone = await call("GET", `/v1/System/Orders/${order.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({
      message: `Order ${order.id} not found.`,
      detail: `No order with id ${order.id} exists in this instance.`,
    });
    expect((await control("DELETE", `/${order.id}`)).status).toBe(404);
    expect((await change(order.id)).status).toBe(404);
  });

  it("deletes a placed order", async () => {
    const [id] = await place();
    expect((await control("DELETE", `/${id}`)).status).toBe(200);
    expect((await call("GET", `/v1/System/Orders/${id}`)).status).toBe(404);
  });
});

describe("unknown ids", () => {
  it.each(["999999", "abc", "Statuses"])("answers 404 from the control for %s", async (id) => {
    expect((await change(id)).status).toBe(404);
    expect((await control("DELETE", `/${id}`)).status).toBe(404);
  });
});
