// An order's version (orderHash) must not depend on how it was read: the sync lists orders, an order page reads
// one, and a difference between the two would make every viewed order look changed on the platform (#14).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADAPTERS } from "../platforms/registry";
import type { RunningSandbox } from "../sandbox/core/server";
import { adapterHarness } from "../testing/adapter-harness";
import { orderHash, toIndexRow } from "./index-row";

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))("an order's version on %s", (_, adapter) => {
  const { connect, startSandbox } = adapterHarness(adapter);
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ count: 12 });
  });
  afterAll(() => sandbox.stop());

  it("is the same whether the order was listed or read alone", async () => {
    const { conn, ctx } = connect(sandbox);
    const page = await adapter.listOrders(conn, { sort: "placed_desc", limit: 12 }, null, ctx);
    expect(page.orders.length).toBeGreaterThan(0);
    for (const listed of page.orders) {
      const alone = await adapter.getOrder(conn, listed.id, ctx);
      // Everything the index keeps but the update time (see orderHash) is the same, and so is the version.
      const kept = (order: typeof listed) => {
        const { seenAt, indexedAt, hash, updatedAt, summary, ...rest } = toIndexRow(order, new Date(0), "x");
        return { ...rest, summary: { ...summary, updatedAt: null } };
      };
      expect(kept(alone), `order ${listed.id}`).toEqual(kept(listed));
      expect(orderHash(alone)).toBe(orderHash(listed));
    }
  });
});
