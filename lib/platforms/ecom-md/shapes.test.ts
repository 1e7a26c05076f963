// The adapter over real HTTP against a shop that reads the docs differently (the sandbox's variants): references
// as bare ids, money as numbers, stripped statuses, created_at without an offset, one order broken beyond
// reading. The same seed in the default reading tells what each order really is.
import { describe, expect, it } from "vitest";
import { adapterHarness } from "../../testing/adapter-harness";
import type { AdapterQuery, Connection } from "../types";
import { ecomMdAdapter as adapter } from "./index";

const { connectionTo, contextFor, performAndReread, sandboxesPerFile } = adapterHarness(adapter);

// Mid-January: Chișinău is UTC+2, Los Angeles UTC−8, all over the generated window of order 294.
const NOW = Date.UTC(2026, 0, 15, 12);
const { plain, odd } = sandboxesPerFile({
  plain: { count: 30, now: NOW },
  odd: { count: 30, now: NOW, variant: { shapes: "alternative", dates: "wall-clock" } },
});

const query: AdapterQuery = { sort: "placed_asc", limit: 100 };
const list = (conn: Connection) => adapter.listOrders(conn, query, null, contextFor(conn));

describe("ecom-md on a shop with other shapes", () => {
  it("the connection test passes, with and without a site token", async () => {
    const conn = connectionTo(odd());
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
    const apiOnly = { ...conn, credentials: { apiToken: conn.credentials.apiToken ?? "" } };
    await expect(adapter.testConnection(apiOnly, contextFor(apiOnly))).resolves.toBeUndefined();
  });

  it("lists every order it can read and names the one it cannot", async () => {
    const expected = await list(connectionTo(plain()));
    const page = await list(connectionTo(odd()));
    const [broken, ...rest] = expected.orders;
    expect(page.orders.map((o) => o.id)).toEqual(rest.map((o) => o.id));
    expect(page.unreadable).toEqual([
      { orderId: broken?.id, message: `ECOM.md sent order ${broken?.id} without a readable created_at` },
    ]);
    expect(page.total).toBe(expected.total);
  });

  it("reads each order as the default reading does: totals, statuses, lines, and the times in Chișinău", async () => {
    const expected = new Map((await list(connectionTo(plain()))).orders.map((o) => [o.id, o]));
    for (const order of (await list(connectionTo(odd()))).orders) {
      const twin = expected.get(order.id);
      expect(order.placedAt).toBe(twin?.placedAt);
      expect(order.status).toEqual(twin?.status);
      expect(order.totals.total).toEqual(twin?.totals.total);
      expect(order.lines.map((l) => [l.id, l.quantity, l.unitPrice, l.total])).toEqual(
        twin?.lines.map((l) => [l.id, l.quantity, l.unitPrice, l.total]),
      );
    }
  });

  it("reads the wall-clock times in the connection's time zone when it names one", async () => {
    const chisinau = await adapter.getOrder(connectionTo(odd()), "294", contextFor(connectionTo(odd())));
    const conn = connectionTo(odd(), { options: { timeZone: "America/Los_Angeles" } });
    const losAngeles = await adapter.getOrder(conn, "294", contextFor(conn));
    expect(Date.parse(losAngeles.placedAt) - Date.parse(chisinau.placedAt)).toBe(10 * 3_600_000);
    const truth = await adapter.getOrder(connectionTo(plain()), "294", contextFor(connectionTo(plain())));
    expect(chisinau.placedAt).toBe(truth.placedAt);
  });

  it("changes a status on such a shop (the promo code given as {id, code} is sent back by its id)", async () => {
    const conn = connectionTo(odd());
    const order = (await list(conn)).orders.find((o) => o.status.code === "new");
    if (!order) throw new Error("the sandbox has no new order");
    const after = await performAndReread(conn, order.id, { type: "set-status", status: "confirmed" }, contextFor(conn));
    expect(after.status.code).toBe("confirmed");
    expect(after.totals.total).toEqual(order.totals.total);
    expect(after.extras.facts).toEqual(order.extras.facts);
  });
});
