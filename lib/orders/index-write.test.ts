// Writing into the index on PGlite and PostgreSQL: an unchanged order is not rewritten (the sync re-reads the
// recent window every few seconds), a full reading records once that it met each order, a vanished order seen
// again comes back.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { connections, orderIndex } from "../db/schema";
import type { Order } from "../domain/order";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { CONNECTIONS, order } from "../testing/index-orders";
import { orderHash } from "./index-row";
import { markOrderVanished, writeOrders } from "./index-write";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 9, minute));

describe.each(TEST_DB_KINDS)("writing the order index on %s", (kind) => {
  let handle: DbHandle;
  const connection = CONNECTIONS[0]!;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await handle.db.insert(connections).values({ ...connection, baseUrl: "http://x", credentialsSealed: "x" });
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  async function stored(o: Order) {
    const [row] = await handle.db
      .select({ seenAt: orderIndex.seenAt, indexedAt: orderIndex.indexedAt, vanishedAt: orderIndex.vanishedAt })
      .from(orderIndex)
      .where(and(eq(orderIndex.connectionId, o.connectionId), eq(orderIndex.orderId, o.id)));
    return row;
  }

  it("leaves an unchanged order's row alone outside a full reading", async () => {
    const o = order(connection, 1);
    expect(await writeOrders(handle.db, [o], { seenAt: at(0) })).toEqual([
      { connectionId: o.connectionId, orderId: o.id },
    ]);
    expect(await writeOrders(handle.db, [o], { seenAt: at(5) })).toEqual([]);
    expect(await stored(o)).toEqual({ seenAt: at(0), indexedAt: at(0), vanishedAt: null });
  });

  it("takes the same order read another way (its raw record differs between list and detail) as unchanged", async () => {
    const o = order(connection, 5);
    await writeOrders(handle.db, [{ ...o, raw: { from: "list" } }], { seenAt: at(0) });
    expect(await writeOrders(handle.db, [{ ...o, raw: { from: "detail", lines: [] } }], { seenAt: at(5) })).toEqual([]);
    expect(orderHash({ ...o, raw: 1 })).toBe(orderHash({ ...o, raw: 2 }));
    expect(orderHash(o)).not.toBe(orderHash({ ...o, status: { ...o.status, label: "Sent" } }));
  });

  it("rewrites a changed order", async () => {
    const o = order(connection, 2);
    await writeOrders(handle.db, [o], { seenAt: at(0) });
    const changed = { ...o, status: { ...o.status, label: "Sent" } };
    expect(await writeOrders(handle.db, [changed], { seenAt: at(5) })).toHaveLength(1);
    expect(await stored(o)).toEqual({ seenAt: at(5), indexedAt: at(5), vanishedAt: null });
  });

  it("records once per full reading that the reading met an unchanged order", async () => {
    const o = order(connection, 3);
    await writeOrders(handle.db, [o], { seenAt: at(0) });
    await writeOrders(handle.db, [o], { readingStarted: at(10), seenAt: at(11) });
    expect(await stored(o)).toMatchObject({ seenAt: at(11), indexedAt: at(0) });
    // Met again by the same reading (an order that moved while it paged): already recorded.
    await writeOrders(handle.db, [o], { readingStarted: at(10), seenAt: at(12) });
    expect(await stored(o)).toMatchObject({ seenAt: at(11) });
  });

  it("brings back a vanished order that is seen again, unchanged", async () => {
    const o = order(connection, 4);
    await writeOrders(handle.db, [o], { seenAt: at(0) });
    await markOrderVanished(handle.db, o.connectionId, o.id);
    expect((await stored(o))?.vanishedAt).not.toBeNull();
    expect(await writeOrders(handle.db, [o], { seenAt: at(20) })).toHaveLength(1);
    expect(await stored(o)).toEqual({ seenAt: at(20), indexedAt: at(20), vanishedAt: null });
  });
});
