// The sync's live events over real sandbox platforms: a connection's first reading announces no orders as
// added (it would be every order of the shop) while it tells its progress; once live, an order placed on the
// platform is announced as added by the next incremental read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveEvent } from "../domain/live-events";
import { type LiveHub, startLiveHub } from "../events/hub";
import type { LiveMessage } from "../events/message";
import type { Subscription } from "../events/subscription";
import { TEST_DB_KINDS } from "../testing/databases";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { syncUntilLive, TEST_SYNC_SETTINGS } from "../testing/sync-until-live";
import { startSyncRunner } from "./runner";

async function drain(subscription: Subscription): Promise<LiveEvent[]> {
  const events: LiveEvent[] = [];
  for (;;) {
    const next: LiveMessage | "idle" | null = await subscription.next(300);
    if (next === null || next === "idle") return events;
    events.push(next.event);
  }
}

describe.each(TEST_DB_KINDS)("the sync's live events on %s", (kind) => {
  let scene: SandboxConnections;
  let hub: LiveHub;

  beforeAll(async () => {
    scene = await setUpSandboxConnections(30, {}, kind);
    hub = await startLiveHub(scene.handle.db, { listenUrl: scene.handle.url });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
    await scene?.close();
  });

  it("announces no added orders during the backfill, then a new order once live", async () => {
    const subscription = hub.subscribe();
    await syncUntilLive(scene.handle);
    const during = await drain(subscription);
    const orders = during.filter((event) => event.type === "orders");
    expect(orders.every((event) => event.addedCount === 0 && event.added.length === 0)).toBe(true);
    const synced = new Set(during.filter((event) => event.type === "sync").map((event) => event.connectionId));
    expect(synced).toEqual(new Set(Object.values(scene.ids)));

    const placed = await fetch(`${scene.sandbox.url}/_sandbox/orders/retailys`, { method: "POST" });
    expect(placed.ok).toBe(true);
    const runner = startSyncRunner(scene.handle.db, { settings: TEST_SYNC_SETTINGS, owner: "test", loop: false });
    await runner.tick();
    await runner.stop();
    const after = await drain(subscription);
    const added = after.filter(
      (event): event is Extract<LiveEvent, { type: "orders" }> =>
        event.type === "orders" && event.connectionId === scene.ids.retailys && event.addedCount > 0,
    );
    expect(added).toHaveLength(1);
    expect(added[0]!.addedCount).toBe(1);
    expect(added[0]!.added[0]).toMatchObject({ connectionId: scene.ids.retailys, version: expect.any(String) });
    subscription.close();
  }, 120_000);
});
