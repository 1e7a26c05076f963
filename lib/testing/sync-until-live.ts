// Test helper: runs sync turns until every connection's backfill is done, so the order index holds the shops.
import type { DbHandle } from "../db/client";
import { connectionSync } from "../db/schema";
import { startSyncRunner } from "../sync/runner";
import type { SyncSettings } from "../sync/settings";

export const TEST_SYNC_SETTINGS: SyncSettings = {
  intervalMs: 0,
  reconcileEveryMs: 60 * 60_000,
  recentWindowMs: 3 * 24 * 3600_000,
  recentMaxPages: 4,
  recentWindowEveryMs: 0,
  changedMaxPages: 20,
  pageSize: 100,
  turnBudgetMs: 60_000,
  leaseSeconds: 30,
};

export async function syncUntilLive(handle: DbHandle, settings = TEST_SYNC_SETTINGS, owner = "test"): Promise<void> {
  const runner = startSyncRunner(handle.db, { settings, owner, loop: false, parallel: 8 });
  for (let ticks = 0; ticks < 50; ticks++) {
    await runner.tick();
    const rows = await handle.db.select().from(connectionSync);
    if (rows.length > 0 && rows.every((row) => row.phase === "live")) return;
  }
  throw new Error("the sync did not reach live");
}
