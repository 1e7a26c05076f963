// The list walk against sandboxes whose pages come newest first, oldest first (ignoring `ordering`) or in no
// date order: every order exactly once, newest first across pages, for several page sizes and tiny shops.
import { afterAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness } from "../../testing/adapter-harness";
import { PlatformError } from "../errors";
import { akinonOmnitronAdapter as adapter } from "./index";
import { newestFirst } from "./paging";

const { askedWith, connectionTo, contextFor, loggedRequests, query, startSandbox, walk } = adapterHarness(adapter);

const running = new Map<string, Promise<RunningSandbox>>();
afterAll(async () => {
  await Promise.all([...running.values()].map(async (sandbox) => (await sandbox).stop()));
});

/** One sandbox per tenant for the whole file (a walk only reads): the request log is per test, so reset it. */
async function shop(variant: Record<string, unknown>, count: number): Promise<RunningSandbox> {
  const id = JSON.stringify([variant, count]);
  if (!running.has(id)) running.set(id, startSandbox({ count, variant }));
  const sandbox = await running.get(id)!;
  sandbox.log.clear();
  return sandbox;
}

const key = (order: Order) => [order.placedAt, order.id] as const;

/** Every order once, each listed after the one before in Orderdeck's newest-first order. */
function expectNewestFirstOnce(orders: Order[], total: number) {
  expect(orders).toHaveLength(total);
  expect(new Set(orders.map((order) => order.id)).size).toBe(total);
  for (let i = 1; i < orders.length; i++) expect(newestFirst(key(orders[i - 1]!), key(orders[i]!))).toBeLessThan(0);
}

const SMALL = [1, 2, 3, 7, 50];
const LARGE = [7, 50];

// [listOrder, the tenant's largest page (null: 100), generated orders (the seed's two come on top), page sizes]
const TENANTS: [string, number | null, number, number[]][] = [
  ["newest-first", 10, 40, SMALL],
  ["oldest-first", 10, 40, SMALL],
  ["shuffled", 10, 40, SMALL],
  ["newest-first", null, 250, LARGE],
  ["oldest-first", null, 250, LARGE],
  ["shuffled", null, 250, LARGE],
  // Tiny shops, some with tiny pages: one order a page leaves nothing to compare within a page.
  ["newest-first", 1, 3, SMALL],
  ["oldest-first", 1, 0, SMALL],
  ["oldest-first", 2, 1, SMALL],
  ["shuffled", 2, 3, SMALL],
  ["shuffled", null, 0, SMALL],
  ["oldest-first", null, 1, SMALL],
];

describe.each(TENANTS)(
  "a tenant listing %s, pages of at most %s, %i generated orders",
  (listOrder, max, count, sizes) => {
    it.each(sizes)("gives every order exactly once, newest first, %i at a time", async (limit) => {
      const sandbox = await shop({ listOrder, ...(max ? { maxPageSize: max } : {}) }, count);
      const conn = connectionTo(sandbox);
      const { orders, pages } = await walk(conn, contextFor(conn), { limit });
      expectNewestFirstOnce(orders, count + 2);
      expect(orders.at(-1)?.id).toBe("1"); // the seed's 2019 order is the oldest
      expect(pages).toBeLessThanOrEqual(Math.ceil((count + 2) / limit) + Math.ceil((count + 2) / (max ?? 100)));
    });
  },
);

describe("the walk's requests", () => {
  it("asks for ordering=-date_placed and follows the tenant's next links when it honours it", async () => {
    const sandbox = await shop({ maxPageSize: 10 }, 40);
    const conn = connectionTo(sandbox);
    const { pages } = await walk(conn, contextFor(conn), { limit: 10 });
    expect(pages).toBe(5);
    expect(await askedWith(sandbox, "ordering", "-date_placed")).toBe(true);
    expect((await loggedRequests(sandbox)).filter((entry) => entry.path === "/api/i1/orders/")).toHaveLength(5);
  });

  it("walks an oldest-first tenant from its last page back: one extra request in all", async () => {
    const sandbox = await shop({ listOrder: "oldest-first", maxPageSize: 10 }, 40);
    const conn = connectionTo(sandbox);
    const { pages } = await walk(conn, contextFor(conn), { limit: 10 });
    expect(pages).toBe(5);
    const pagesAsked = (await loggedRequests(sandbox))
      .filter((entry) => entry.path === "/api/i1/orders/")
      .map((entry) => new URLSearchParams(entry.query).get("page"));
    expect(pagesAsked).toEqual(["1", "5", "4", "3", "2", "1"]);
  });

  it("keeps the count as the total on every walk", async () => {
    const sandbox = await shop({ listOrder: "oldest-first", maxPageSize: 10 }, 40);
    const conn = connectionTo(sandbox);
    const first = await adapter.listOrders(conn, query({ limit: 10 }), null, contextFor(conn));
    expect(first.total).toBe(42);
    expect(first.orders[0]?.placedAt).toBe((await walk(conn, contextFor(conn))).orders[0]?.placedAt);
  });

  it("refuses to list a large tenant in no date order, asking to narrow the list", async () => {
    const sandbox = await shop({ listOrder: "shuffled" }, 1_050);
    const conn = connectionTo(sandbox);
    const error = await adapter.listOrders(conn, query({ limit: 50 }), null, contextFor(conn)).catch((e) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "unsupported", message: expect.stringMatching(/no date order.*Narrow/) });
    // A narrower list of the same tenant is read whole and sorted.
    const { orders } = await walk(conn, contextFor(conn), { limit: 50, statuses: ["400"] });
    expect(orders.length).toBeGreaterThan(0);
    expectNewestFirstOnce(orders, orders.length);
  });
});
