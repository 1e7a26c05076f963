// Property tests of the list's paging: shops of 0–120 orders, any page size on either side, platforms that
// page in their own sizes, and connections that keep failing. Walking nextCursor to its end must yield every
// order of every healthy connection exactly once, in the list's order — and the walk must end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Order, Stage } from "../domain/order";
import { ORDER_SORTS, type OrderListQuery, orderListQuery } from "../domain/query";
import { PlatformError } from "../platforms/errors";
import type { Upstream } from "../platforms/http";
import type { AdapterQuery, Connection, OrderPage, PlatformAdapter } from "../platforms/types";
import { type ListSource, mergePage } from "./merge";
import { compareKeys, sortKeyOf } from "./ordering";

const STAGES: Stage[] = ["pending", "processing", "shipped", "cancelled"];

interface Shop {
  orders: number;
  pageSize: number;
  failing: boolean;
}

function makeOrder(connectionId: string, index: number, seed: number): Order {
  // Few distinct dates and totals, so ties (broken by id) are common.
  const day = 1 + ((index * 7 + seed) % 9);
  const cents = ((index * 37 + seed * 11) % 5) * 250;
  return {
    connectionId,
    platform: "retailys",
    id: String(1000 + index),
    number: String(1000 + index),
    placedAt: `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`,
    updatedAt: null,
    status: { code: "x", label: "X", stage: STAGES[(index + seed) % STAGES.length]! },
    payment: { status: null, method: null, paid: null, reference: null },
    customer: { name: null, email: null, phone: null },
    shippingAddress: null,
    billingAddress: null,
    lines: [],
    lineCount: 0,
    totals: {
      subtotal: null,
      shipping: null,
      discount: null,
      tax: null,
      total: { amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`, currency: "EUR" },
    },
    shipping: { method: null, carrier: null, tracking: [] },
    invoice: null,
    extras: {},
    raw: null,
  };
}

/** A platform that pages by offset in its own page size, sorted as asked, or fails every call. */
function fakeSource(id: string, shop: Shop, seed: number): { source: ListSource; orders: Order[] } {
  const orders = Array.from({ length: shop.orders }, (_, index) => makeOrder(id, index, seed));
  const conn: Connection = { id, name: id, platform: "retailys", baseUrl: "http://x", credentials: {}, options: {} };
  const adapter = {
    id: "retailys",
    label: id,
    filters: new Set(),
    sorts: new Set(ORDER_SORTS),
    async listOrders(_conn: Connection, query: AdapterQuery, cursor: string | null): Promise<OrderPage> {
      if (shop.failing) throw new PlatformError("unavailable", `${id} is down`);
      const sorted = [...orders].sort((a, b) => compareKeys(sortKeyOf(a), sortKeyOf(b), query.sort));
      const offset = cursor ? Number(cursor) : 0;
      const end = offset + shop.pageSize;
      return { orders: sorted.slice(offset, end), next: end < sorted.length ? String(end) : null };
    },
  } as unknown as PlatformAdapter;
  const ctx = { upstream: { timings: [] } as unknown as Upstream };
  return { source: { conn, adapter, ctx }, orders };
}

async function walk(sources: ListSource[], query: OrderListQuery, maxPages: number) {
  const seen: Order[] = [];
  const failedPerPage: string[][] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await mergePage(sources, { ...query, cursor }, true);
    seen.push(...result.orders);
    failedPerPage.push(result.errors.map((error) => error.connectionId).sort());
    if (!result.nextCursor) return { seen, failedPerPage };
    cursor = result.nextCursor;
  }
  throw new Error(`the walk did not end within ${maxPages} pages`);
}

const shop = fc.record({
  orders: fc.oneof(fc.constantFrom(0, 1, 2, 10, 11, 12), fc.integer({ min: 0, max: 120 })),
  pageSize: fc.integer({ min: 1, max: 60 }),
  failing: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});

const key = (order: Order) => `${order.connectionId}/${order.id}`;

describe("paging the unified list", () => {
  it("yields every healthy order exactly once, in order, and ends", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(shop, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...ORDER_SORTS),
        fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
        fc.nat(1000),
        async (shops, limit, sort, stage, seed) => {
          const built = shops.map((s, i) => fakeSource(`c${i}`, s, seed));
          const query = orderListQuery.parse({ limit: String(limit), sort, ...(stage ? { stage } : {}) });
          const healthy = built
            .filter((_, i) => !shops[i]!.failing)
            .flatMap((b) => b.orders)
            .filter((order) => !stage || order.status.stage === stage)
            .sort((a, b) => compareKeys(sortKeyOf(a), sortKeyOf(b), sort));
          // Filtering here may leave pages short, never endless: every platform page is read at most once more.
          const platformPages = shops.reduce((sum, s) => sum + Math.ceil(s.orders / s.pageSize) + 1, 0);
          const { seen, failedPerPage } = await walk(
            built.map((b) => b.source),
            query,
            Math.ceil(healthy.length / limit) + platformPages + 2,
          );
          expect(seen.map(key)).toEqual(healthy.map(key));
          const failing = built.filter((_, i) => shops[i]!.failing).map((b) => b.source.conn.id);
          for (const reported of failedPerPage) expect(reported).toEqual(failing.sort());
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("ends after one page when every connection fails, and on an empty shop at once", async () => {
    const down = fakeSource("down", { orders: 30, pageSize: 10, failing: true }, 1).source;
    const empty = fakeSource("empty", { orders: 0, pageSize: 10, failing: false }, 1).source;
    const page = await mergePage([down, empty], orderListQuery.parse({ limit: "10" }), true);
    expect(page.orders).toEqual([]);
    expect(page.nextCursor).toBeNull();
    expect(page.errors.map((error) => error.message)).toEqual(["down is down"]);
  });

  it("does not restart an exhausted shop on the next page (5 shops of ~11, limit 50)", async () => {
    const sizes = [11, 11, 11, 11, 10];
    const built = sizes.map((orders, i) => fakeSource(`s${i}`, { orders, pageSize: 100, failing: false }, i));
    const { seen } = await walk(
      built.map((b) => b.source),
      orderListQuery.parse({ limit: "50" }),
      5,
    );
    expect(seen).toHaveLength(54);
    expect(new Set(seen.map(key)).size).toBe(54);
  });
});
