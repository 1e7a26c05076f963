// A full reading of a connection's orders, newest first, one turn at a time: the first one is the backfill,
// later ones reconcile what incremental reads cannot see. Its position is saved after every page, so a
// restart resumes where it stopped; at its end, orders it did not meet are checked and marked vanished.
import "server-only";
import { writeOrders } from "../orders/index-write";
import { later, type SyncState, updateSyncState, withUnreadable } from "./state";
import type { SyncTarget } from "./target";
import { refreshPlannerStatistics, refreshPlannerStatisticsWhenDue } from "./statistics";
import { markVanished } from "./vanished";

export async function walkTurn(target: SyncTarget, state: SyncState): Promise<"more" | "done"> {
  const { db, conn, adapter, ctx, settings } = target;
  const turnStarted = Date.now();
  const walkStarted = state.backfillStartedAt ?? new Date();
  // A new reading starts a new list of orders it could not read.
  let unreadable = state.backfillStartedAt ? state.unreadable : [];
  if (!state.backfillStartedAt) await updateSyncState(db, conn.id, { backfillStartedAt: walkStarted, unreadable });
  let { backfillCursor: cursor, backfillSeen: seen, backfillTotal: total } = state;
  const read = (at: string | null) =>
    adapter.listOrders(conn, { sort: "placed_desc", limit: settings.pageSize }, at, ctx);
  let pending = read(cursor);
  for (;;) {
    const page = await pending;
    const goOn = page.next !== null && Date.now() - turnStarted < settings.turnBudgetMs;
    // The next page is read while this one is written: the platform's time and ours overlap.
    if (goOn) {
      pending = read(page.next);
      pending.catch(() => undefined); // a turn that stops here never reads it
    }
    // The backfill's orders are not news to anyone (every one would be announced as new); a reconcile's are.
    await writeOrders(db, page.orders, { readingStarted: walkStarted, firstReading: state.phase === "backfill" });
    seen += page.orders.length;
    total = page.total ?? total;
    cursor = page.next;
    unreadable = withUnreadable(unreadable, page.unreadable);
    await updateSyncState(db, conn.id, {
      backfillCursor: cursor,
      backfillSeen: seen,
      backfillTotal: total,
      unreadable,
    });
    if (!cursor) break;
    if (!goOn || !(await target.keepLease())) {
      await refreshPlannerStatisticsWhenDue(db);
      return "more";
    }
  }
  await markVanished(target, walkStarted);
  await refreshPlannerStatistics(db);
  const now = new Date();
  await updateSyncState(db, conn.id, {
    phase: "live",
    backfillCursor: null,
    backfillTotal: seen,
    // Changes made while the reading went on are read next, changed-since from its start.
    highWater: later(state.highWater, walkStarted),
    lastSyncAt: now,
    lastError: null,
    nextReconcileAt: new Date(now.getTime() + settings.reconcileEveryMs),
  });
  return "done";
}
