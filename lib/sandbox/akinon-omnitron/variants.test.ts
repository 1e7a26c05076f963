// The list's ordering (DRF OrderingFilter) and the test variants: another page order, links to another host,
// other payload shapes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import seedOrder1 from "./seed-examples/order-1.json" with { type: "json" };
import { BROKEN_ORDER_ID } from "./shapes";
import { type Client, ID, startClient } from "./test-helpers";
import type { Order } from "./types";

const clients: Client[] = [];
async function client(variant: Record<string, unknown> = {}): Promise<Client> {
  const started = await startClient({ count: 30, variants: { [ID]: variant } });
  clients.push(started);
  return started;
}
afterAll(async () => {
  await Promise.all(clients.map((started) => started.sandbox.stop()));
});

const ids = (orders: readonly Order[]) => orders.map((order) => order.id);
const placed = (orders: readonly Order[]) => orders.map((order) => Date.parse(order.date_placed));
const ascending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! <= value);
const descending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! >= value);

describe("ordering (DRF OrderingFilter) [assumed fields: date_placed, id, number]", () => {
  let shop: Client;
  let newest: Order[];
  beforeAll(async () => {
    shop = await client();
    newest = await shop.all();
  });

  it("is newest first by default and for -date_placed, oldest first for date_placed", async () => {
    expect(descending(placed(newest))).toBe(true);
    expect(ids(await shop.all("ordering=-date_placed"))).toEqual(ids(newest));
    const oldest = await shop.all("ordering=date_placed");
    expect(ids(oldest)).toEqual(ids(newest).reverse());
    expect(ids(await shop.all("ordering=id"))).toEqual(ids(newest).sort((a, b) => a - b));
  });

  it("drops a term it does not know, as DRF does", async () => {
    expect(ids(await shop.all("ordering=remote_addr"))).toEqual(ids(newest));
    expect(ids(await shop.all("ordering=bogus,date_placed"))).toEqual(ids(newest).reverse());
  });
});

describe("variant listOrder", () => {
  it("oldest-first: pages come oldest first and `ordering` is ignored", async () => {
    const shop = await client({ listOrder: "oldest-first" });
    const orders = await shop.all();
    expect(orders).toHaveLength(32);
    expect(ascending(placed(orders))).toBe(true);
    expect(ids(await shop.all("ordering=-date_placed"))).toEqual(ids(orders));
  });

  it("shuffled: every order once, in no date order, whatever `ordering` says", async () => {
    const shop = await client({ listOrder: "shuffled" });
    const orders = await shop.all("ordering=-date_placed");
    expect(new Set(ids(orders)).size).toBe(32);
    expect(ascending(placed(orders))).toBe(false);
    expect(descending(placed(orders))).toBe(false);
  });
});

describe("variant nextHost", () => {
  it("writes next/previous links on the other host, with the path and query DRF would write", async () => {
    const shop = await client({ nextHost: "http://internal-omnitron:8000" });
    const first = await shop.list("limit=2&is_send=False");
    expect(first.next).toBe("http://internal-omnitron:8000/api/i1/orders/?is_send=False&limit=2&page=2");
    const second = await shop.list("limit=2&is_send=False&page=2");
    expect(second.previous).toBe("http://internal-omnitron:8000/api/i1/orders/?is_send=False&limit=2");
  });
});

describe("variant maxPageSize", () => {
  it("clamps limit at the tenant's own largest page, and its default page too", async () => {
    const shop = await client({ maxPageSize: 4 });
    const page = await shop.list("limit=100");
    expect(page.results).toHaveLength(4);
    expect(page.next).toBe(`${shop.base}/api/i1/orders/?limit=100&page=2`);
    expect((await shop.list()).results).toHaveLength(4);
  });
});

describe("variant shapes: varied", () => {
  let shop: Client;
  let byId: Map<unknown, Record<string, unknown>>;
  beforeAll(async () => {
    shop = await client({ shapes: "varied" });
    const orders = (await shop.all()) as unknown as Record<string, unknown>[];
    byId = new Map(orders.map((order) => [Number(order.id), order]));
  });

  it("keeps the seed's examples verbatim and breaks the first generated order", async () => {
    expect(byId.get(1)).toStrictEqual(seedOrder1);
    expect(byId.get(BROKEN_ORDER_ID)).toMatchObject({ date_placed: "yesterday", amount: null });
    expect(await shop.get(`/api/i1/orders/${BROKEN_ORDER_ID}/`)).toMatchObject({ date_placed: "yesterday" });
  });

  it("renders string ids and int statuses, JSON-number money and lists, price objects and expanded references", () => {
    expect(byId.get(4)).toMatchObject({ id: "4", customer: 9004, shipping_address: { country: 1, district: null } });
    expect(typeof byId.get(4)!.status).toBe("number");
    expect(byId.get(5)).toMatchObject({ billing_address: null, extra_field: ["legacy"] });
    expect(typeof byId.get(5)!.amount).toBe("number");
    const objects = byId.get(6)!;
    expect(objects).toMatchObject({ fulfillment: { warehouse: { id: 3 } }, external_status: { code: 7 } });
    expect((objects.orderitem_set as { price: unknown }[])[0]!.price).toBe("n/a");
  });
});
