// A shop whose records come in other shapes (the sandbox's "varied" reading: money as numbers and price
// objects, references as {id, apiLink} or expanded, unknown codes, odd fields, and two orders broken beyond
// reading), over HTTP (issue #10, item 4): the connection test passes, every readable order lists as the
// seed-shaped shop lists it, and the two broken ones are named, not the connection failed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import type { SetAside } from "../read-each";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { connect, performAndReread, sandboxesPerFile, walk } = adapterHarness(adapter);

const { varied, plain } = sandboxesPerFile({ varied: { variant: { shapes: "varied" } }, plain: {} });
let expected: Map<string, Order>;
let listed: Order[];
let unreadable: SetAside[];

beforeAll(async () => {
  const reference = connect(plain());
  expected = new Map((await walk(reference.conn, reference.ctx)).orders.map((order) => [order.id, order]));
  const { conn, ctx } = connect(varied());
  ({ orders: listed, unreadable } = await walk(conn, ctx, { limit: 7 }));
});

const essentials = (order: Order) => ({
  number: order.number,
  placedAt: order.placedAt,
  total: order.totals.total,
  customer: order.customer.name,
  shipTo: order.shippingAddress?.line1,
  lines: order.lines.map((line) => line.id),
});

describe("a shop with orders in varied shapes", () => {
  it("passes the connection test", async () => {
    const { conn, ctx } = connect(varied());
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });

  it("lists every readable order as the seed-shaped shop does, newest first", () => {
    expect(listed).toHaveLength(60);
    for (const order of listed) expect(essentials(order), order.id).toEqual(essentials(expected.get(order.id)!));
    const placed = listed.map((order) => order.placedAt);
    expect(placed).toEqual([...placed].sort().reverse());
  });

  it("names the two orders it cannot read, once each", () => {
    const missing = [...expected.keys()].filter((id) => !listed.some((order) => order.id === id));
    expect(missing).toHaveLength(2);
    expect(unreadable.map((entry) => entry.orderId).sort()).toEqual(missing.sort());
    expect(unreadable.map((entry) => entry.message).join(" ")).toMatch(/amount.*|date_placed/);
  });

  it("keeps a line whose price it cannot read, without a price", () => {
    const lines = listed.flatMap((order) => order.lines);
    expect(lines.some((line) => line.unitPrice === null)).toBe(true);
    expect(lines.filter((line) => line.unitPrice !== null).length).toBeGreaterThan(lines.length / 2);
  });

  it("reads an order in the odd shapes on its page, and rejects one of its items", async () => {
    const { conn, ctx } = connect(varied());
    const order = listed.find((candidate) => adapter.availableActions(candidate).length > 0)!;
    const detail = await adapter.getOrder(conn, order.id, ctx);
    expect(essentials(detail)).toEqual(essentials(expected.get(order.id)!));
    const lineId = adapter.availableActions(detail)[0]?.lineId ?? "";
    const after = await performAndReread(conn, order.id, { type: "reject-item", lineId }, ctx);
    expect(after.lines.find((line) => line.id === lineId)?.status?.code).toBe("900");
  });
});
