// The unified list over Retailys, whose adapter walks an oldest-first instance backwards (newest first across
// pages): merged page by page with a newest-first shop, every order comes once, newest first. The list resumes
// an adapter page by its cursor and the last key shown, so this is merge.ts's test, over the real adapter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../domain/order";
import { orderListQuery } from "../domain/query";
import { retailysAdapter as adapter } from "../platforms/retailys";
import type { RunningSandbox } from "../sandbox/core/server";
import { adapterHarness } from "../testing/adapter-harness";
import { mergePage } from "./merge";
import { compareKeys, sortKeyOf } from "./ordering";

const { allOrders, connect, startSandbox } = adapterHarness(adapter);
let sandboxes: RunningSandbox[] = [];

beforeAll(async () => {
  sandboxes = await Promise.all([
    startSandbox({ count: 40, variant: { listOrder: "oldest-first" } }),
    startSandbox({ count: 18 }),
  ]);
});
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.stop())));

describe("the unified list over Retailys", () => {
  it("merges an oldest-first and a newest-first shop page by page: every order once, newest first", async () => {
    const sources = sandboxes.map((sandbox) => ({ adapter, ...connect(sandbox) }));
    const expected: Order[] = [];
    for (const { conn, ctx } of sources) expected.push(...(await allOrders(conn, ctx)));
    expected.sort((a, b) => compareKeys(sortKeyOf(a), sortKeyOf(b), "placed_desc"));
    const seen: Order[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 30; page++) {
      const result = await mergePage(sources, { ...orderListQuery.parse({ limit: "7" }), cursor }, true);
      expect(result.errors).toEqual([]);
      seen.push(...result.orders);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    const ids = (orders: Order[]) => orders.map((o) => `${o.connectionId}/${o.id}`);
    expect(ids(seen)).toEqual(ids(expected));
    expect(new Set(ids(seen)).size).toBe(62);
  });
});
