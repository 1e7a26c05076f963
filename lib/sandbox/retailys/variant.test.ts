// The other readings of the docs the sandbox can serve (variant.ts): reference shapes, an oldest-first list,
// wall-clock dates. Each is compared with the default reading of the same seeded instance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { startTestSandbox } from "../testing";
import { createRetailysSandbox } from "./index";
import { allOrders, type Call, type OrderPage, retailysClient } from "./test-client";

const factories = { retailys: createRetailysSandbox };
let plain: RunningSandbox;
let refs: RunningSandbox;
let oldest: RunningSandbox;
let wall: RunningSandbox;
const client = (sandbox: RunningSandbox): Call => retailysClient(sandbox.baseUrl("retailys"));

beforeAll(async () => {
  [plain, refs, oldest, wall] = await Promise.all([
    startTestSandbox({ factories, count: 30 }),
    startTestSandbox({ factories, count: 30, variants: { retailys: { shapes: "references" } } }),
    startTestSandbox({ factories, count: 30, variants: { retailys: { listOrder: "oldest-first" } } }),
    startTestSandbox({ factories, count: 30, variants: { retailys: { dates: "wall-clock" } } }),
  ]);
});
afterAll(() => Promise.all([plain, refs, oldest, wall].map((sandbox) => sandbox.stop())));

interface Loose {
  id: number;
  dateOrder: string;
  customer: unknown;
  shipping: unknown;
  items: { article: unknown; priceOriginal: unknown; price: { finalPrice: number } }[];
  history?: { date: string }[];
}

describe('shapes: "references"', () => {
  it("lists items with article as {id, apiLink} and priceOriginal as a price object", async () => {
    const reply = await client(refs)<{ orders: Loose[] }>("GET", "/v1/System/Orders?per_page=250");
    const item = reply.body.orders.flatMap((order) => order.items)[0]!;
    expect(item.article).toEqual({
      id: expect.any(Number),
      apiLink: expect.stringMatching(/\/System\/Articles\/\d+$/),
    });
    expect(item.priceOriginal).toMatchObject({
      finalPrice: expect.any(Number),
      vat: expect.any(Number),
      currency: "CZK",
    });
    const withCustomer = reply.body.orders.find((order) => order.customer !== null)!;
    expect(withCustomer.customer).toEqual({ id: expect.any(Number), apiLink: expect.stringContaining("/Customers/") });
    expect(reply.body.orders[0]!.shipping).toMatchObject({ id: expect.any(Number), apiLink: expect.any(String) });
  });

  it("expands the article (with its code) and the methods with expanded=true", async () => {
    const [first] = await allOrders(client(plain));
    const reply = await client(refs)<Loose>("GET", `/v1/System/Orders/${first!.id}?expanded=true`);
    expect(reply.body.items[0]!.article).toMatchObject({ id: expect.any(Number), code: first!.items[0]!.article });
    expect(reply.body.shipping).toMatchObject({
      name: first!.shipping!.name,
      price: { finalPrice: first!.shipping!.price },
    });
  });
});

describe('listOrder: "oldest-first"', () => {
  it("pages the same orders oldest first, page 1 holding the oldest", async () => {
    const newest = (await allOrders(client(plain))).map((order) => order.id);
    const seen: number[] = [];
    for (let page = 1; page <= 4; page++) {
      const reply = await client(oldest)<OrderPage>("GET", `/v1/System/Orders?page=${page}&per_page=10`);
      expect(reply.body.paginator).toMatchObject({ pages: 4, total: 32 });
      seen.push(...reply.body.orders.map((order) => order.id));
    }
    expect(seen).toEqual([...newest].reverse());
  });
});

describe('dates: "wall-clock"', () => {
  it("writes Prague wall-clock times without an offset", async () => {
    const [withOffset] = await allOrders(client(plain));
    const reply = await client(wall)<Loose>("GET", `/v1/System/Orders/${withOffset!.id}?expanded=true`);
    expect(reply.body.dateOrder).toBe(withOffset!.dateOrder.slice(0, 19));
    expect(reply.body.dateOrder).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    for (const entry of reply.body.history ?? []) expect(entry.date).not.toMatch(/[+-]\d{2}:\d{2}$/);
  });
});
