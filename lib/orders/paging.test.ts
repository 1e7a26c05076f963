// Paging small and uneven shops over HTTP against the sandbox (the property tests in merge.test.ts cover the
// merge itself): every order exactly once, newest first, and a walk that ends — also while a connection fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Order } from "../domain/order";
import { orderListQuery } from "../domain/query";
import { SANDBOX_PLATFORM_IDS } from "../sandbox/platforms";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { listOrdersLive } from "./live-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(12, { "ecom-md": 3, "akinon-seller-center": 0, "akinon-omnitron": 7 });
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

beforeEach(() => fixture.sandbox.clearFaults());

async function walk(limit: number) {
  const orders: Order[] = [];
  const failures: string[][] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 60; pages++) {
    const page = await listOrdersLive(
      fixture.handle.db,
      { ...orderListQuery.parse({ limit: String(limit) }), cursor },
      { fresh: true },
    );
    orders.push(...page.orders);
    failures.push(page.errors.map((error) => error.connectionName));
    if (!page.nextCursor) return { orders, failures };
    cursor = page.nextCursor;
  }
  throw new Error("the walk did not end");
}

const key = (order: Order) => `${order.connectionId}/${order.id}`;

describe("paging small, uneven shops", () => {
  it("lists every order exactly once, newest first, whatever the page size", async () => {
    const everything = (await walk(100)).orders;
    expect(everything.length).toBeGreaterThan(40);
    for (const limit of [1, 7, 50]) {
      const { orders } = await walk(limit);
      expect(orders.map(key), `limit ${limit}`).toEqual(everything.map(key));
    }
    expect(new Set(everything.map(key)).size).toBe(everything.length);
    for (let i = 1; i < everything.length; i++) {
      expect(everything[i - 1]!.placedAt >= everything[i]!.placedAt).toBe(true);
    }
  }, 120_000);

  it("ends when the healthy connections are exhausted, reporting the failing one on every page", async () => {
    const healthy = (await walk(100)).orders.filter((order) => order.connectionId !== fixture.ids.merchantpro);
    fixture.sandbox.setFaults("merchantpro", { errorRate: 1 });
    const { orders, failures } = await walk(7);
    expect(orders.map(key)).toEqual(healthy.map(key));
    expect(failures.length).toBe(Math.ceil(healthy.length / 7));
    for (const failed of failures) expect(failed).toEqual(["merchantpro"]);
  }, 120_000);

  it("keeps each connection's own orders in the merged walk", async () => {
    const { orders } = await walk(7);
    for (const platform of SANDBOX_PLATFORM_IDS) {
      const alone = await listOrdersLive(
        fixture.handle.db,
        orderListQuery.parse({ limit: "100", connection: fixture.ids[platform] }),
        { fresh: true },
      );
      expect(alone.nextCursor).toBeNull();
      expect(orders.filter((order) => order.connectionId === fixture.ids[platform]).map(key)).toEqual(
        alone.orders.map(key),
      );
    }
  }, 120_000);
});
