// Item 4 of issue #10 over HTTP: a Retailys instance that sends `article` as {id, apiLink} (the expanded article
// with expanded=true), `priceOriginal` as a price object and customer, company, shipping and payment as
// references (the sandbox's "references" reading) passes the connection test, lists and opens its orders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../../sandbox/core/server";
import { createRetailysSandbox } from "../../sandbox/retailys";
import { startTestSandbox } from "../../sandbox/testing";
import { retailysAdapter as adapter } from "./index";
import { allOrders, connectionFor, contextFor } from "./test-helpers";

const factories = { retailys: createRetailysSandbox };
let plain: RunningSandbox;
let refs: RunningSandbox;

beforeAll(async () => {
  [plain, refs] = await Promise.all([
    startTestSandbox({ factories, count: 40 }),
    startTestSandbox({ factories, count: 40, variants: { retailys: { shapes: "references" } } }),
  ]);
});
afterAll(() => Promise.all([plain.stop(), refs.stop()]));

const open = (sandbox: RunningSandbox) => {
  const conn = connectionFor(sandbox);
  return { conn, ctx: contextFor(conn) };
};

describe('a shop whose items reference their articles ("references")', () => {
  it("passes the connection test", async () => {
    const { conn, ctx } = open(refs);
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });

  it("lists every order, none set aside, with the totals the default reading gives", async () => {
    const { conn, ctx } = open(refs);
    const first = await adapter.listOrders(conn, { sort: "placed_desc", limit: 25 }, null, ctx);
    expect(first.unreadable).toBeUndefined();
    const listed = await allOrders(conn, ctx);
    const expected = await allOrders(open(plain).conn, open(plain).ctx);
    expect(listed.map((o) => [o.id, o.totals.total, o.totals.discount])).toEqual(
      expected.map((o) => [o.id, o.totals.total, o.totals.discount]),
    );
    // Not expanded: the SKU is the article's id.
    expect(listed[0]?.lines[0]?.sku).toMatch(/^\d+$/);
  });

  it("opens an order: the SKU is the expanded article's code, the methods carry their names", async () => {
    const { conn, ctx } = open(refs);
    const order = await adapter.getOrder(conn, "100001", ctx);
    const same = await adapter.getOrder(open(plain).conn, "100001", open(plain).ctx);
    expect(order.lines.map((line) => line.sku)).toEqual(same.lines.map((line) => line.sku));
    expect(order.lines[0]?.sku).toMatch(/^DP-/);
    expect(order.totals).toEqual(same.totals);
    expect(order.shipping.method).toBe(same.shipping.method);
    expect(order.payment.method).toBe(same.payment.method);
  });
});
