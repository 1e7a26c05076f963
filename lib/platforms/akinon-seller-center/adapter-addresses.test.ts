// Customer addresses of a list page over HTTP (issue #10, item 16): read in batches (`id__in`), not one request
// per order; right on a tenant that ignores `id__in`; the process's address cache stays bounded.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness } from "../../testing/adapter-harness";
import { addressCacheSize } from "./address-reads";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { connectionTo, contextFor, query, sandboxesPerFile, startSandbox, walk } = adapterHarness(adapter);

const ADDRESSES = "/api/i1/customer-addresses/";
const { standard, ignoring } = sandboxesPerFile({
  standard: { count: 150 },
  ignoring: { count: 150, variant: { ignoreUnknownFilters: true } },
});

async function firstPage(sandbox: RunningSandbox, limit = 100) {
  const conn = connectionTo(sandbox);
  sandbox.log.clear();
  const page = await adapter.listOrders(conn, query({ limit }), null, contextFor(conn));
  const calls = sandbox.log.list({ platform: "akinon-seller-center" }).filter((entry) => entry.path === ADDRESSES);
  return { page, calls };
}

const addressesOf = (orders: readonly Order[]) =>
  orders.map((order) => [order.id, order.shippingAddress, order.billingAddress, order.customer]);

describe("a page's customer addresses", () => {
  it("come in a small constant number of batched reads (id__in), not one per order", async () => {
    const { page, calls } = await firstPage(standard());
    // A page of 100 from the platform; its last order waits for the next page (list-walk.ts).
    expect(page.orders).toHaveLength(99);
    const distinct = new Set(page.orders.flatMap((order) => [order.shippingAddress, order.billingAddress]));
    expect(distinct.size).toBeGreaterThan(100);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(distinct.size / 50));
    expect(calls.every((call) => new URLSearchParams(call.query).has("id__in"))).toBe(true);
    for (const order of page.orders) {
      expect(order.shippingAddress?.name).toBeTruthy();
      expect(order.billingAddress?.name).toBeTruthy();
    }
    const { calls: small } = await firstPage(standard(), 20);
    expect(small).toHaveLength(1);
  });

  it("are the same on a tenant that ignores id__in (read one by one for what a batch lacked)", async () => {
    const { page, calls } = await firstPage(ignoring());
    const { page: expected } = await firstPage(standard());
    expect(addressesOf(page.orders)).toEqual(addressesOf(expected.orders));
    expect(calls.filter((call) => new URLSearchParams(call.query).has("id")).length).toBeGreaterThan(0);
  });

  it("are read once for a page and its refresh (the cache)", async () => {
    const conn = connectionTo(standard());
    const ctx = contextFor(conn);
    await adapter.listOrders(conn, query({ limit: 50 }), null, ctx);
    standard().log.clear();
    await adapter.listOrders(conn, query({ limit: 50 }), null, ctx);
    expect(
      standard()
        .log.list({ platform: "akinon-seller-center" })
        .filter((e) => e.path === ADDRESSES),
    ).toEqual([]);
  });

  it("are cached within a bound over an export-sized walk", async () => {
    const big = await startSandbox({ count: 1800 });
    try {
      const conn = connectionTo(big);
      const { orders } = await walk(conn, contextFor(conn), { limit: 100 });
      expect(orders).toHaveLength(1802);
      const read = (order: Order) => (order.raw as { customerAddresses: { id: string }[] }).customerAddresses;
      const distinct = new Set(orders.flatMap((order) => read(order).map((address) => address.id)));
      expect(distinct.size).toBeGreaterThan(2000);
      expect(addressCacheSize()).toBeLessThanOrEqual(2000);
    } finally {
      await big.stop();
    }
  });
});
