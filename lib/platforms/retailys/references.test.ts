// Item 4 of issue #10 over HTTP: a Retailys instance that sends `article` as {id, apiLink} (the expanded article
// with expanded=true), `priceOriginal` as a price object and customer, company, shipping and payment as
// references (the sandbox's "references" reading) passes the connection test, lists and opens its orders.
import { describe, expect, it } from "vitest";
import { adapterHarness } from "../../testing/adapter-harness";
import { retailysAdapter as adapter } from "./index";

const { allOrders, connect, sandboxesPerFile } = adapterHarness(adapter);
const { plain, refs } = sandboxesPerFile({
  plain: { count: 40 },
  refs: { count: 40, variant: { shapes: "references" } },
});

describe('a shop whose items reference their articles ("references")', () => {
  it("passes the connection test", async () => {
    const { conn, ctx } = connect(refs());
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });

  it("lists every order, none set aside, with the totals the default reading gives", async () => {
    const { conn, ctx } = connect(refs());
    const first = await adapter.listOrders(conn, { sort: "placed_desc", limit: 25 }, null, ctx);
    expect(first.unreadable).toBeUndefined();
    const listed = await allOrders(conn, ctx);
    const expected = await allOrders(connect(plain()).conn, connect(plain()).ctx);
    expect(listed.map((o) => [o.id, o.totals.total, o.totals.discount])).toEqual(
      expected.map((o) => [o.id, o.totals.total, o.totals.discount]),
    );
    // Not expanded: the SKU is the article's id.
    expect(listed[0]?.lines[0]?.sku).toMatch(/^\d+$/);
  });

  it("opens an order: the SKU is the expanded article's code, the methods carry their names", async () => {
    const { conn, ctx } = connect(refs());
    const order = await adapter.getOrder(conn, "100001", ctx);
    const same = await adapter.getOrder(connect(plain()).conn, "100001", connect(plain()).ctx);
    expect(order.lines.map((line) => line.sku)).toEqual(same.lines.map((line) => line.sku));
    expect(order.lines[0]?.sku).toMatch(/^DP-/);
    expect(order.totals).toEqual(same.totals);
    expect(order.shipping.method).toBe(same.shipping.method);
    expect(order.payment.method).toBe(same.payment.method);
  });
});
