// Changed-since reads over HTTP (issue #11, the order index's sync): after the shop changes and places orders
// behind Orderdeck's back (the sandbox's shop controls), `changedFrom` lists exactly those orders, each once,
// newest first, in pages of every size — also when only an order's items were stamped (itemOnlyStamps) and
// when the tenant's list comes oldest first.
import { afterAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness, newestFirst } from "../../testing/adapter-harness";
import { akinonSellerCenterAdapter as adapter } from "./index";

const harness = adapterHarness(adapter);
const { connect, query, startSandbox, walk } = harness;

const running: RunningSandbox[] = [];
afterAll(() => Promise.all(running.map((sandbox) => sandbox.stop())));

async function shop(variant: Record<string, unknown>) {
  const sandbox = await startSandbox({ variant, count: 60 });
  running.push(sandbox);
  const shop = harness.shop(sandbox);
  const expectOk = async (reply: Promise<Response>, what: string) => expect((await reply).ok, what).toBe(true);
  return {
    sandbox,
    ...connect(sandbox),
    place: shop.place,
    change: (id: string) => expectOk(shop.change(id), `change ${id}`),
    remove: (id: string) => expectOk(shop.remove(id), `remove ${id}`),
  };
}

const ids = (orders: readonly Order[]) => orders.map((order) => order.id);
/** An instant after every earlier change and before the next (the sandbox stamps in milliseconds). */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return new Date().toISOString();
}

/** Every page of a changed-since read: each order once, newest first, and no other. */
async function expectChanged(
  s: Awaited<ReturnType<typeof shop>>,
  since: string,
  expected: readonly string[],
  limits: readonly number[],
) {
  for (const limit of limits) {
    const { orders } = await walk(s.conn, s.ctx, { changedFrom: since, limit });
    expect(ids(orders), `limit ${limit}: newest first`).toEqual(ids(newestFirst(orders)));
    expect([...ids(orders)].sort(), `limit ${limit}: exactly the changed orders, once`).toEqual([...expected].sort());
  }
}

describe("changedFrom", () => {
  it("the adapter says it can read changes", () => {
    expect(adapter.changedSince).toBe(true);
  });

  it("lists exactly the orders changed and placed since the instant, with their new state", async () => {
    const s = await shop({});
    const all = await walk(s.conn, s.ctx);
    const before = new Map(all.orders.map((order) => [order.id, order]));
    const since = await instant();
    const changed = ids(all.orders).filter((_, i) => i % 9 === 4);
    for (const id of changed) await s.change(id);
    const placed = await s.place(2);
    await expectChanged(s, since, [...changed, ...placed], [1, 2, 5, 100]);

    const { orders } = await walk(s.conn, s.ctx, { changedFrom: since });
    for (const order of orders) {
      const old = before.get(order.id);
      if (old) expect(order, order.id).not.toEqual(old);
      else expect(order.status.code, order.id).toBe("100");
    }
    // Nothing changed after the last change; a changed-since read can be narrowed like any list.
    expect((await walk(s.conn, s.ctx, { changedFrom: await instant() })).orders).toEqual([]);
    const fresh = await walk(s.conn, s.ctx, { changedFrom: since, statuses: ["100"] });
    expect([...ids(fresh.orders)].sort()).toEqual([...placed].sort());
  });

  it("lists an order whose items alone were stamped (a step, a return, a reject), with the others", async () => {
    const s = await shop({ itemOnlyStamps: true });
    const all = ids((await walk(s.conn, s.ctx)).orders);
    const since = await instant();
    const changed = all.filter((_, i) => i % 4 === 1);
    for (const id of changed) await s.change(id);
    const placed = await s.place(3);
    // A reject through the adapter: the sandbox stamps the item, not the order.
    const [target] = placed;
    const order = await adapter.getOrder(s.conn, target!, s.ctx);
    await adapter.perform(s.conn, target!, { type: "reject-item", lineId: order.lines[0]!.id }, s.ctx);
    await expectChanged(s, since, [...changed, ...placed], [1, 3, 7, 100]);
  });

  it("walks a tenant whose list comes oldest first, items-only changes included", async () => {
    const s = await shop({ itemOnlyStamps: true, listOrder: "oldest-first" });
    const all = ids((await walk(s.conn, s.ctx)).orders);
    const since = await instant();
    const changed = all.filter((_, i) => i % 3 === 0);
    for (const id of changed) await s.change(id);
    const placed = await s.place(2);
    await expectChanged(s, since, [...changed, ...placed], [1, 4, 100]);
  });

  it("leaves out an order deleted since, and refuses a position from the ordinary list", async () => {
    const s = await shop({});
    const all = ids((await walk(s.conn, s.ctx)).orders);
    const since = await instant();
    const [kept, gone] = [all[3]!, all[10]!];
    await s.change(kept);
    await s.change(gone);
    await s.remove(gone);
    await expectChanged(s, since, [kept], [1, 100]);
    const ordinary = await adapter.listOrders(s.conn, query({ limit: 5 }), null, s.ctx);
    await expect(
      adapter.listOrders(s.conn, query({ changedFrom: since, limit: 5 }), ordinary.next, s.ctx),
    ).rejects.toThrow(/list position/);
  });
});
