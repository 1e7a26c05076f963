// Every native filter against the Seller Center sandbox: each returned order satisfies it, it narrows the
// list, and (where it goes upstream) the platform was asked with Seller Center's own parameter.
import { beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness, placedWindow } from "../../testing/adapter-harness";
import { akinonSellerCenterAdapter as adapter } from "./index";

const harness = adapterHarness(adapter);
const { allOrders, clearLog, connect, query, sandboxPerFile } = harness;

const sandbox = sandboxPerFile();
let everything: Order[];
beforeAll(async () => {
  const { conn, ctx } = connect(sandbox());
  everything = await allOrders(conn, ctx);
});

/** Whether the order list (not the items' or addresses' reads) was asked with this parameter. */
const askedWith = (name: string, value: string) => harness.askedWith(sandbox(), name, value, "/api/i1/orders/");

describe("native filters", () => {
  const filtered = async (extra: Parameters<typeof query>[0]) => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    return allOrders(conn, ctx, extra);
  };

  it("status: one code on the platform", async () => {
    const orders = await filtered({ statuses: ["600"] });
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.length).toBeLessThan(everything.length);
    for (const order of orders) expect(order.status.code).toBe("600");
    expect(await askedWith("status", "600")).toBe(true);
  });

  it("status: several codes, filtered here", async () => {
    const orders = await filtered({ statuses: ["500", "800"] });
    const expected = everything.filter((order) => ["500", "800"].includes(order.status.code));
    expect(orders.map((order) => order.id)).toEqual(expected.map((order) => order.id));
    expect(orders.length).toBeLessThan(everything.length);
  });

  it("stage: one code goes to the platform, several are filtered here", async () => {
    const pending = await filtered({ stages: ["pending"] });
    expect(pending.length).toBeGreaterThan(0);
    for (const order of pending) expect(order.status.stage).toBe("pending");
    expect(await askedWith("status", "100")).toBe(true);
    const processing = await filtered({ stages: ["processing"] });
    expect(processing.length).toBe(everything.filter((order) => order.status.stage === "processing").length);
    for (const order of processing) expect(order.status.stage).toBe("processing");
  });

  it("placedAt: date_placed__gte / __lte", async () => {
    const { from, to } = placedWindow(everything);
    const orders = await filtered({ from, to });
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.length).toBeLessThan(everything.length);
    for (const order of orders) expect(order.placedAt >= from && order.placedAt <= to).toBe(true);
    expect(await askedWith("date_placed__gte", from)).toBe(true);
    expect(await askedWith("date_placed__lte", to)).toBe(true);
  });

  it("q: number__icontains", async () => {
    const orders = await filtered({ q: "4524" });
    expect(orders.map((order) => order.number)).toContain("45243493");
    expect(orders.length).toBeLessThan(everything.length);
    for (const order of orders) expect(order.number).toContain("4524");
    expect(await askedWith("number__icontains", "4524")).toBe(true);
  });

  it("total: amount__gte / __lte as decimal strings", async () => {
    const orders = await filtered({ minTotal: "500", maxTotal: "2000.50" });
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.length).toBeLessThan(everything.length);
    for (const order of orders) {
      expect(Number(order.totals.total.amount)).toBeGreaterThanOrEqual(500);
      expect(Number(order.totals.total.amount)).toBeLessThanOrEqual(2000.5);
    }
    expect(await askedWith("amount__gte", "500")).toBe(true);
    expect(await askedWith("amount__lte", "2000.50")).toBe(true);
  });

  it("currency: lower-case on the wire", async () => {
    const orders = await filtered({ currency: "USD" });
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.length).toBeLessThan(everything.length);
    for (const order of orders) expect(order.totals.total.currency).toBe("USD");
    expect(await askedWith("currency", "usd")).toBe(true);
  });

  it("answers an impossible stage without asking", async () => {
    const { conn, ctx } = connect(sandbox());
    await expect(adapter.listOrders(conn, query({ stages: ["returned"] }), null, ctx)).resolves.toEqual({
      orders: [],
      next: null,
      total: 0,
    });
  });
});
