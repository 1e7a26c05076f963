// The live events on PGlite and PostgreSQL, through a real hub: what an index write announces (refs, counts,
// versions; nothing added by a backfill), the sync's events, what a reconnecting stream is replayed or told to
// refetch, and a subscriber that does not read.
import { lte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { connectionSync, connections, liveEvents } from "../db/schema";
import { LIVE_REFS_PER_EVENT, type LiveEvent } from "../domain/live-events";
import type { Order } from "../domain/order";
import { orderHash } from "../orders/index-row";
import { writeOrders } from "../orders/index-write";
import { updateSyncState } from "../sync/state";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { CONNECTIONS, order } from "../testing/index-orders";
import { type LiveHub, startLiveHub } from "./hub";
import type { LiveMessage } from "./message";
import { pruneLiveEvents } from "./prune";
import { publishLiveEvent } from "./publish";
import { missedSince, REPLAY_LIMIT } from "./replay";
import { SUBSCRIBER_QUEUE_LIMIT, type Subscription } from "./subscription";

/** Every message the subscription receives until none comes for `quietMs`. */
async function received(subscription: Subscription, quietMs = 400): Promise<LiveMessage[]> {
  const messages: LiveMessage[] = [];
  for (;;) {
    const next = await subscription.next(messages.length === 0 ? 3_000 : quietMs);
    if (next === null || next === "idle") return messages;
    messages.push(next);
  }
}

const ordersEvents = (messages: LiveMessage[]) =>
  messages
    .map((message) => message.event)
    .filter((event): event is Extract<LiveEvent, { type: "orders" }> => event.type === "orders");

const syncEvent = (connectionId: string): LiveEvent => ({ type: "sync", at: new Date().toISOString(), connectionId });

describe.each(TEST_DB_KINDS)("live events on %s", (kind) => {
  let handle: DbHandle & { url?: string };
  let hub: LiveHub;
  const connection = CONNECTIONS[0]!;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    for (const one of CONNECTIONS)
      await handle.db.insert(connections).values({ ...one, baseUrl: "http://x", credentialsSealed: "x" });
    hub = await startLiveHub(handle.db, { listenUrl: handle.url });
    if (kind === "postgres") expect(hub.listening()).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await handle?.close();
  });

  it("announces a write's new and changed orders with their versions, and nothing for an unchanged re-read", async () => {
    const subscription = hub.subscribe();
    const first = order(connection, 1);
    const second = order(connection, 2);
    await writeOrders(handle.db, [first, second]);
    const [added] = ordersEvents(await received(subscription));
    expect(added).toMatchObject({ connectionId: connection.id, addedCount: 2, changedCount: 0, changed: [] });
    expect(added!.added.map((ref) => [ref.orderId, ref.version])).toEqual([
      [first.id, orderHash(first)],
      [second.id, orderHash(second)],
    ]);
    expect(added!.added[0]).toEqual({
      connectionId: connection.id,
      orderId: first.id,
      number: first.number,
      placedAt: first.placedAt,
      stage: first.status.stage,
      statusLabel: first.status.label,
      customerName: first.customer.name,
      total: first.totals.total,
      version: orderHash(first),
    });

    const shipped: Order = { ...first, status: { code: "s9", label: "Shipped", stage: "shipped" }, raw: { moved: 1 } };
    await writeOrders(handle.db, [shipped, second]);
    const [changed] = ordersEvents(await received(subscription));
    expect(changed).toMatchObject({ addedCount: 0, added: [], changedCount: 1 });
    expect(changed!.changed).toEqual([
      expect.objectContaining({
        orderId: first.id,
        stage: "shipped",
        statusLabel: "Shipped",
        version: orderHash(shipped),
      }),
    ]);
    expect(orderHash(shipped)).not.toBe(orderHash(first));

    await writeOrders(handle.db, [shipped, second]);
    expect(await subscription.next(500)).toBe("idle");
    subscription.close();
  });

  it("sends at most LIVE_REFS_PER_EVENT refs and counts them all, one event per connection", async () => {
    const subscription = hub.subscribe();
    const many = Array.from({ length: LIVE_REFS_PER_EVENT + 10 }, (_, i) => order(connection, 100 + i));
    const other = CONNECTIONS[1]!;
    await writeOrders(handle.db, [...many, order(other, 100)]);
    const events = ordersEvents(await received(subscription));
    const mine = events.find((event) => event.connectionId === connection.id)!;
    expect(mine.added).toHaveLength(LIVE_REFS_PER_EVENT);
    expect(mine.addedCount).toBe(LIVE_REFS_PER_EVENT + 10);
    expect(events.find((event) => event.connectionId === other.id)).toMatchObject({ addedCount: 1 });
    expect(events).toHaveLength(2);
    subscription.close();
  });

  it("announces no added orders from a connection's first reading, but its changed ones", async () => {
    const subscription = hub.subscribe();
    const backfilled = Array.from({ length: 5 }, (_, i) => order(connection, 300 + i));
    await writeOrders(handle.db, backfilled, { firstReading: true, readingStarted: new Date() });
    expect(await subscription.next(600)).toBe("idle");

    const moved: Order = { ...backfilled[0]!, status: { ...backfilled[0]!.status, label: "Moved" } };
    await writeOrders(handle.db, [moved, order(connection, 310)], { firstReading: true });
    const [event] = ordersEvents(await received(subscription));
    expect(event).toMatchObject({ added: [], addedCount: 0, changedCount: 1 });
    expect(event!.changed[0]).toMatchObject({ orderId: moved.id, version: orderHash(moved) });
    subscription.close();
  });

  it("tells a sync state change, and a backfill's progress at most once a second", async () => {
    const syncing = CONNECTIONS[kind === "pglite" ? 1 : 2]!;
    await handle.db.insert(connectionSync).values({ connectionId: syncing.id }).onConflictDoNothing();
    const subscription = hub.subscribe();
    for (let page = 1; page <= 5; page++)
      await updateSyncState(handle.db, syncing.id, { backfillCursor: String(page), backfillSeen: page * 100 });
    // Not shown anywhere: no event.
    await updateSyncState(handle.db, syncing.id, { nextRunAt: new Date() });
    await updateSyncState(handle.db, syncing.id, { phase: "live", lastSyncAt: new Date(), lastError: null });
    await updateSyncState(handle.db, syncing.id, { lastError: "The platform said no" });
    const events = (await received(subscription)).map((message) => message.event);
    expect(events).toEqual([
      { type: "sync", at: expect.any(String), connectionId: syncing.id },
      { type: "sync", at: expect.any(String), connectionId: syncing.id },
      { type: "sync", at: expect.any(String), connectionId: syncing.id },
    ]);
    subscription.close();
  });

  it("replays what a stream missed after its Last-Event-ID, in order", async () => {
    for (let i = 0; i < 3; i++) await publishLiveEvent(handle.db, syncEvent(connection.id));
    await hub.poll();
    const rows = await handle.db.select({ id: liveEvents.id }).from(liveEvents).orderBy(liveEvents.id);
    const ids = rows.map((row) => row.id).slice(-3);
    const missed = await missedSince(handle.db, ids[0]!, hub.position());
    expect(missed.map((message) => message.id)).toEqual(ids.slice(1));
    expect(missed.every((message) => message.event.type === "sync")).toBe(true);
    expect(await missedSince(handle.db, hub.position(), hub.position())).toEqual([]);
  });

  it("tells a stream to refetch when it missed too many, its id is pruned, unknown or from the future", async () => {
    await hub.poll();
    const from = hub.position();
    for (let i = 0; i <= REPLAY_LIMIT; i++) await publishLiveEvent(handle.db, syncEvent(connection.id));
    await hub.poll();
    const upTo = hub.position();
    expect(upTo - from).toBe(REPLAY_LIMIT + 1);
    expect(await missedSince(handle.db, from, upTo)).toEqual([
      { id: upTo, event: { type: "refetch", at: expect.any(String) } },
    ]);
    // One fewer is still replayed.
    expect(await missedSince(handle.db, from + 1, upTo)).toHaveLength(REPLAY_LIMIT);
    expect((await missedSince(handle.db, "unknown", upTo))[0]!.event.type).toBe("refetch");
    expect((await missedSince(handle.db, upTo + 50, upTo))[0]!.event.type).toBe("refetch");

    // Everything up to `from + 10` is over an hour old: pruned.
    await handle.db
      .update(liveEvents)
      .set({ createdAt: new Date(Date.now() - 2 * 3600_000) })
      .where(lte(liveEvents.id, from + 10));
    await pruneLiveEvents(handle.db);
    expect((await missedSince(handle.db, from + 5, upTo))[0]!.event.type).toBe("refetch");
    expect(await missedSince(handle.db, from + 10, upTo)).toHaveLength(upTo - from - 10);
  });

  it("drops a slow subscriber's queue for one refetch: its memory stays bounded", async () => {
    const slow = hub.subscribe();
    await hub.poll();
    const start = hub.position();
    const count = SUBSCRIBER_QUEUE_LIMIT + 50;
    let most = 0;
    for (let i = 0; i < count; i++) {
      await publishLiveEvent(handle.db, syncEvent(connection.id));
      if (i % 10 === 0) await hub.poll();
      most = Math.max(most, slow.pending());
    }
    await hub.poll();
    expect(most).toBeLessThanOrEqual(SUBSCRIBER_QUEUE_LIMIT + 1);
    // The 101st event overflowed the queue: it became one refetch, and the 49 after it queued behind.
    const refetch = await slow.next(100);
    expect(refetch).toEqual({
      id: start + SUBSCRIBER_QUEUE_LIMIT + 1,
      event: { type: "refetch", at: expect.any(String) },
    });
    expect(slow.pending()).toBe(count - SUBSCRIBER_QUEUE_LIMIT - 1);
    const rest = await received(slow, 100);
    expect(rest.map((message) => message.id)).toEqual(
      Array.from({ length: count - SUBSCRIBER_QUEUE_LIMIT - 1 }, (_, i) => start + SUBSCRIBER_QUEUE_LIMIT + 2 + i),
    );
    slow.close();
    expect(hub.subscribers()).toBe(0);
  });
});
