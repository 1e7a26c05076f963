// The list's order over HTTP, whatever order the tenant's pages come in (issue #10, item 13): the sandbox's
// oldest-first reading ignores `ordering`, and the adapter must still list every order exactly once, newest
// first, across pages of every size — for big shops and tiny ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness, newestFirst } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { connect, startSandbox, walk } = adapterHarness(adapter);

const running: RunningSandbox[] = [];
async function shop(variant: Record<string, unknown>, count = 60) {
  const sandbox = await startSandbox({ variant, count });
  running.push(sandbox);
  return { sandbox, ...connect(sandbox) };
}
afterAll(() => Promise.all(running.map((sandbox) => sandbox.stop())));

const ids = (orders: readonly Order[]) => orders.map((order) => order.id);

let expected: string[];
beforeAll(async () => {
  // The default reading (newest first, one page of everything): the same seed gives the same shop.
  const { conn, ctx } = await shop({});
  expected = ids(newestFirst((await walk(conn, ctx, { limit: 100 })).orders));
  expect(expected).toHaveLength(62);
});

describe("a tenant whose list comes oldest first and ignores `ordering`", () => {
  it("lists every order exactly once, newest first, across pages of several sizes", async () => {
    const { conn, ctx } = await shop({ listOrder: "oldest-first" });
    for (const limit of [1, 3, 7, 10, 25, 61, 100]) {
      const { orders, pages } = await walk(conn, ctx, { limit });
      expect(ids(orders), `limit ${limit}`).toEqual(expected);
      expect(pages, `limit ${limit}`).toBeLessThanOrEqual(Math.ceil(62 / limit) + 1);
    }
  });

  it("gives the whole count as the total on the first page", async () => {
    const { conn, ctx } = await shop({ listOrder: "oldest-first" });
    const first = await adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx);
    expect(first.total).toBe(62);
    expect(ids(first.orders)).toEqual(expected.slice(0, 10));
  });
});

describe("a tenant without `ordering` whose list comes newest first", () => {
  it("lists every order exactly once, newest first", async () => {
    const { conn, ctx } = await shop({ ignoreUnknownFilters: true });
    for (const limit of [1, 7, 100]) expect(ids((await walk(conn, ctx, { limit })).orders)).toEqual(expected);
  });
});

describe("tiny and empty shops", () => {
  for (const listOrder of ["newest-first", "oldest-first"]) {
    it(`lists 0, 1, 10 and 11 orders (and the seed's two on top) — ${listOrder}`, async () => {
      for (const count of [0, 1, 10, 11]) {
        for (const seedExamples of [false, true]) {
          const { conn, ctx } = await shop({ listOrder, seedExamples }, count);
          const total = count + (seedExamples ? 2 : 0);
          for (const limit of [1, 10, 50]) {
            const { orders } = await walk(conn, ctx, { limit });
            expect(orders, `${count} orders, limit ${limit}`).toHaveLength(total);
            expect(ids(orders)).toEqual(ids(newestFirst(orders)));
            expect(new Set(ids(orders)).size).toBe(total);
          }
        }
      }
    });
  }
});

describe("a tenant whose list is in no date order", () => {
  it("is refused with a message, never listed out of order", async () => {
    const { conn, ctx } = await shop({ listOrder: "unsorted" });
    const error = await failure(adapter.listOrders(conn, { sort: "placed_desc", limit: 10 }, null, ctx));
    expect(error.kind).toBe("bad_response");
    expect(error.message).toContain("no date order");
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });
});
