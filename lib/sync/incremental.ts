// An incremental read: the orders changed since the last one where the platform can list them so, else the
// newest orders again (a few pages of the recent window, the first page only between whole readings of it),
// which is where nearly every change happens. Older changes on such platforms are found by the periodic full
// reading (walk.ts).
import "server-only";
import { writeOrders } from "../orders/index-write";
import type { AdapterQuery } from "../platforms/types";
import { type SyncState, updateSyncState, withUnreadable } from "./state";
import type { SyncTarget } from "./target";

/**
 * A changed-since read starts this long before the previous read started: the platform's clock may run behind
 * ours and a change may commit late. Re-reading a few orders twice costs little; missing one costs a lot.
 */
const OVERLAP_MS = 10 * 60_000;

/** When each connection's whole recent window was last read by this process (a restart reads it at once). */
const wholeWindowReadAt = new Map<string, number>();

export async function incrementalRead(target: SyncTarget, state: SyncState, intervalMs: number): Promise<number> {
  const { db, conn, adapter, ctx, settings } = target;
  const startedAt = new Date();
  const since = adapter.changedSince && state.highWater ? new Date(state.highWater.getTime() - OVERLAP_MS) : null;
  const query: AdapterQuery = { sort: "placed_desc", limit: settings.pageSize };
  if (since) query.changedFrom = since.toISOString();
  const wholeWindow = Date.now() - (wholeWindowReadAt.get(conn.id) ?? 0) >= settings.recentWindowEveryMs;
  const maxPages = since ? settings.changedMaxPages : wholeWindow ? settings.recentMaxPages : 1;
  const windowStart = Date.now() - settings.recentWindowMs;
  let cursor: string | null = null;
  let unreadable = state.unreadable;
  let read = 0;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await adapter.listOrders(conn, query, cursor, ctx);
    // While the backfill is under way, the recent window it re-reads may reach past the pages the backfill has
    // written so far: those orders are not new either.
    await writeOrders(db, page.orders, { firstReading: state.phase === "backfill" });
    read += page.orders.length;
    unreadable = withUnreadable(unreadable, page.unreadable);
    cursor = page.next;
    const oldest = page.orders.at(-1);
    const pastWindow = !since && oldest !== undefined && Date.parse(oldest.placedAt) < windowStart;
    if (!cursor || pastWindow || !(await target.keepLease())) break;
  }
  if (!since && wholeWindow) wholeWindowReadAt.set(conn.id, startedAt.getTime());
  const now = new Date();
  await updateSyncState(db, conn.id, {
    // The next changed-since read starts from when this one did.
    highWater: startedAt,
    unreadable,
    lastSyncAt: now,
    lastAttemptAt: now,
    lastError: null,
    requestedAt: null,
    nextRunAt: new Date(now.getTime() + intervalMs),
  });
  return read;
}
