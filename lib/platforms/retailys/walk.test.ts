// Item 13 of issue #10: Retailys has no sort parameter, so the adapter detects the order the instance pages in
// and delivers its orders newest first ACROSS pages (the list merges connections one page at a time; that merge
// is lib/orders/merge-retailys.test.ts's): every order exactly once, for several page sizes (per_page 10..250)
// and for tiny shops.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { retailysAdapter as adapter } from "./index";
import { detectDirection, directionWithin } from "./walk";

const { allOrders, connectionTo, contextFor, loggedRequests, sandboxesPerFile } = adapterHarness(adapter);

describe("detecting the direction", () => {
  it("trusts pages that do not overlap, else the order within them", () => {
    expect(detectDirection([9, 8, 7], [2, 1])).toBe("newest-first");
    expect(detectDirection([1, 2, 3], [8, 9])).toBe("oldest-first");
    // Overlapping pages (one odd date): the neighbours within page 1 decide.
    expect(detectDirection([1, 5, 3, 4], [2, 9])).toBe("oldest-first");
    expect(detectDirection([5, 5, 5], [5])).toBeNull();
    expect(directionWithin([3, 2, 2, 1])).toBe("newest-first");
    expect(directionWithin([1])).toBeNull();
  });
});

const sizes = [0, 8, 9, 18, 40] as const;
const key = (order: string, count: number) => `${order}:${count}`;
const sandboxes = sandboxesPerFile(
  Object.fromEntries(
    sizes.flatMap((count) => [
      [key("newest-first", count), { count }],
      [key("oldest-first", count), { count, variant: { listOrder: "oldest-first" } }],
    ]),
  ),
);

const sandboxOf = (order: string, count: number) => sandboxes[key(order, count)]!();
const placed = (orders: Order[]) => orders.map((o) => o.placedAt);

/** Every order of the default (newest-first) instance with this many, as the reference. */
async function reference(count: number): Promise<string[]> {
  const conn = connectionTo(sandboxOf("newest-first", count));
  return (await allOrders(conn, contextFor(conn), { limit: 250 })).map((o) => o.id);
}

describe.each(["newest-first", "oldest-first"])("an instance that pages %s", (listOrder) => {
  it.each(sizes)("yields all %i (+2 showcase) orders once, newest first, at every page size", async (count) => {
    const expected = await reference(count);
    expect(expected).toHaveLength(count + 2);
    for (const limit of [5, 10, 25, 100, 1000]) {
      const conn = connectionTo(sandboxOf(listOrder, count));
      const orders = await allOrders(conn, contextFor(conn), { limit });
      expect(
        orders.map((o) => o.id),
        `limit ${limit}`,
      ).toEqual(expected);
      expect(placed(orders)).toEqual([...placed(orders)].sort().reverse());
    }
  });
});

describe("the walk of an oldest-first instance", () => {
  it("starts at the last page and goes back to page 1, each page newest first", async () => {
    const sandbox = sandboxOf("oldest-first", 40);
    const conn = connectionTo(sandbox);
    const ctx = contextFor(conn);
    const before = (await loggedRequests(sandbox)).length;
    const first = await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx);
    // 42 orders in pages of 10: page 5 holds the two newest.
    expect(first.orders).toHaveLength(2);
    expect(first.next).toBe("4:10:r");
    const second = await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, first.next, ctx);
    expect(second.orders).toHaveLength(10);
    expect(second.orders[0]!.placedAt < first.orders[1]!.placedAt).toBe(true);
    const pages = (await loggedRequests(sandbox)).slice(before).filter((r) => r.path.endsWith("/System/Orders"));
    expect(pages.map((r) => new URLSearchParams(r.query).get("page"))).toEqual(["1", "5", "4"]);
  });

  it("remembers the direction: a newest-first instance's first page costs one list call once known", async () => {
    const sandbox = sandboxOf("newest-first", 40);
    const conn = connectionTo(sandbox);
    const ctx = contextFor(conn);
    const listCalls = async () =>
      (await loggedRequests(sandbox)).filter((r) => r.path.endsWith("/System/Orders")).length;
    const before = await listCalls();
    await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx);
    const detecting = (await listCalls()) - before;
    await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx);
    expect([detecting, (await listCalls()) - before - detecting]).toEqual([2, 1]);
  });
});
