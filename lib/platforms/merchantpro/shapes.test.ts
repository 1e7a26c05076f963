// The adapter over real HTTP against a shop that reads the docs differently (the sandbox's variants): string
// ids and money, unknown line types, odd invoice/tags/notes/meta_fields, dates without an offset, one order
// broken beyond reading. The same seed in the default reading tells what each order really is.
import { describe, expect, it } from "vitest";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness } from "../../testing/adapter-harness";
import type { Connection } from "../types";
import { merchantProAdapter as adapter } from "./index";

const { allOrders, connect, performAndReread, sandboxesPerFile } = adapterHarness(adapter);
const NOW = Date.parse("2026-01-20T12:00:00Z");
const { plain, odd } = sandboxesPerFile({
  plain: { count: 30, now: NOW },
  odd: { count: 30, now: NOW, variant: { shapes: "alternative", dates: "wall-clock" } },
});

const setup = (sandbox: RunningSandbox, options: Connection["options"] = {}) => connect(sandbox, { options });

describe("merchantpro on a shop with other shapes", () => {
  it("the connection test passes", async () => {
    const { conn, ctx } = setup(odd());
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });

  it("lists every order it can read and names the one it cannot", async () => {
    const truth = await adapter.listOrders(
      setup(plain()).conn,
      { sort: "placed_desc", limit: 100 },
      null,
      setup(plain()).ctx,
    );
    const { conn, ctx } = setup(odd());
    const page = await adapter.listOrders(conn, { sort: "placed_desc", limit: 100 }, null, ctx);
    const [newest, ...rest] = truth.orders;
    expect(page.orders.map((o) => o.id)).toEqual(rest.map((o) => o.id));
    expect(page.unreadable).toEqual([{ orderId: newest?.id, message: expect.stringContaining("total_amount") }]);
  });

  it("reads each order as the default reading does, with the dates in Bucharest", async () => {
    const truth = new Map((await allOrders(setup(plain()).conn, setup(plain()).ctx)).map((o) => [o.id, o]));
    const read = await allOrders(setup(odd()).conn, setup(odd()).ctx);
    expect(read.length).toBe(truth.size - 1);
    for (const order of read) {
      const twin = truth.get(order.id);
      expect(order.placedAt).toBe(twin?.placedAt);
      expect(order.updatedAt).toBe(twin?.updatedAt);
      expect([order.status, order.payment.status, order.totals]).toEqual([
        twin?.status,
        twin?.payment.status,
        twin?.totals,
      ]);
      expect(order.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.total])).toEqual(
        twin?.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.total]),
      );
      expect(order.invoice === null).toBe(twin?.invoice === null);
      expect(order.extras.tags).toEqual(twin?.extras.tags);
      expect(order.extras.internalNotes?.map((n) => n.text)).toEqual(twin?.extras.internalNotes?.map((n) => n.text));
    }
  });

  it("reads the wall-clock dates in the connection's time zone when it names one", async () => {
    const id = (await allOrders(setup(plain()).conn, setup(plain()).ctx)).at(-1)?.id ?? "";
    const bucharest = await adapter.getOrder(setup(odd()).conn, id, setup(odd()).ctx);
    const la = setup(odd(), { timeZone: "America/Los_Angeles" });
    const losAngeles = await adapter.getOrder(la.conn, id, la.ctx);
    // January: Bucharest is UTC+2, Los Angeles UTC−8.
    expect(Date.parse(losAngeles.placedAt) - Date.parse(bucharest.placedAt)).toBe(10 * 3_600_000);
  });

  it("adds notes on such a shop and keeps the earlier ones (notes with string ids are sent back)", async () => {
    const { conn, ctx } = setup(odd());
    const order = (await allOrders(conn, ctx)).find((o) => o.status.code !== "cancelled");
    if (!order) throw new Error("no order");
    const earlier = (order.extras.internalNotes ?? []).map((n) => n.text);
    await performAndReread(conn, order.id, { type: "add-note", text: "Prima" }, ctx);
    const after = await performAndReread(conn, order.id, { type: "add-note", text: "A doua" }, ctx);
    expect(after.extras.internalNotes?.map((n) => n.text)).toEqual([...earlier, "Prima", "A doua"]);
  });
});
