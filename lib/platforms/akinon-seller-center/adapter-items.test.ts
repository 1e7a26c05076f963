// An order's items over HTTP on a tenant that ignores the filters the seed does not list (issue #10, item 7):
// the items' `order` UUID filter is not there, so an order must still list only its own items (read by the
// documented `order__number`, each checked against its own `order`), and "Reject item" can never reach another
// order's item.
import { beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { allOrders, clearLog, connect, loggedRequests, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile({ variant: { ignoreUnknownFilters: true }, count: 40 });
/** Each order's item ids as the sandbox holds them: every item, read straight from it, by the order it names. */
const truth = new Map<string, string[]>();

beforeAll(async () => {
  let url: string | null = `${sandbox().baseUrl("akinon-seller-center")}/api/i1/order-items/?limit=100`;
  while (url) {
    const response = await fetch(url, {
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${SANDBOX_CREDENTIALS["akinon-seller-center"].accessToken}`,
      },
    });
    const page = (await response.json()) as { next: string | null; results: { id: string; order: string }[] };
    for (const item of page.results) truth.set(item.order, [...(truth.get(item.order) ?? []), item.id]);
    url = page.next;
  }
});

describe("an order's items on a tenant without the `order` filter", () => {
  it("lists only the order's own items, on its page and in the list", async () => {
    const { conn, ctx } = connect(sandbox());
    const orders = await allOrders(conn, ctx, { limit: 7 });
    const everyLine = orders.flatMap((order) => order.lines.map((line) => line.id));
    expect(new Set(everyLine).size).toBe(everyLine.length); // no item under two orders
    for (const listed of orders.slice(0, 12)) {
      const detail = await adapter.getOrder(conn, listed.id, ctx);
      const own = [...(truth.get(detail.id) ?? [])].sort();
      expect(own.length).toBeGreaterThan(0);
      expect(detail.lines.map((line) => line.id).sort()).toEqual(own);
      expect(listed.lines.map((line) => line.id).sort()).toEqual(own);
      const raw = (detail.raw as { orderItems: { order: unknown }[] }).orderItems;
      expect(raw.every((item) => item.order === detail.id)).toBe(true);
    }
  });

  it("asks by the documented order__number", async () => {
    const { conn, ctx } = connect(sandbox());
    const [order] = await allOrders(conn, ctx, { limit: 100 });
    await clearLog(sandbox());
    await adapter.getOrder(conn, order?.id ?? "", ctx);
    const items = (await loggedRequests(sandbox())).filter((entry) => entry.path === "/api/i1/order-items/");
    expect(items.map((entry) => new URLSearchParams(entry.query).get("order__number"))).toEqual([order?.number]);
  });

  it("refuses to reject another order's item before any POST", async () => {
    const { conn, ctx } = connect(sandbox());
    const orders = await allOrders(conn, ctx, { limit: 100 });
    const target = orders.find((order) => adapter.availableActions(order).length > 0);
    const other = orders.find((order) => order.id !== target?.id && order.lines.length > 0);
    const foreignLine = other?.lines[0]?.id ?? "";
    expect(target?.lines.map((line) => line.id)).not.toContain(foreignLine);
    await clearLog(sandbox());
    const error = await failure(
      performAndReread(conn, target?.id ?? "", { type: "reject-item", lineId: foreignLine }, ctx),
    );
    expect(error.kind).toBe("not_found");
    const posts = (await loggedRequests(sandbox())).filter((entry) => entry.method === "POST");
    expect(posts).toEqual([]);
  });
});
