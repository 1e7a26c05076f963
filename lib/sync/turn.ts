// One sync turn for one connection, under its lease: the incremental read when it is due (or "Sync now" asked
// for one), then a stretch of the full reading while one is under way, and the start of a reconcile when one
// is due. A failure is recorded on the connection and retried at the next interval, never thrown further.
import "server-only";
import type { Db } from "../db";
import { getConnectionRow } from "../orders/connection-rows";
import { toConnection } from "../orders/connection-secrets";
import { contextFor } from "../orders/upstream";
import { isPlatformError } from "../platforms/errors";
import { getAdapter } from "../platforms/registry";
import { incrementalRead } from "./incremental";
import { renewLease } from "./lease";
import { intervalFor, type SyncSettings } from "./settings";
import { readSyncState, updateSyncState } from "./state";
import type { SyncTarget } from "./target";
import { walkTurn } from "./walk";
import { logError } from "../db/log-error";

const MAX_RETRY_DELAY_MS = 5 * 60_000;

/** A shop that keeps failing is asked less often: half the time it has been failing, 5 minutes at most. */
function retryDelay(interval: number, lastSuccess: Date | null, now: Date): number {
  const failingFor = lastSuccess ? now.getTime() - lastSuccess.getTime() : 0;
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(interval, failingFor / 2));
}

export async function syncTurn(db: Db, connectionId: string, settings: SyncSettings, owner: string): Promise<void> {
  const conn = toConnection(await getConnectionRow(db, connectionId));
  const interval = intervalFor(conn, settings);
  const target: SyncTarget = {
    db,
    conn,
    adapter: getAdapter(conn.platform),
    // The sync's calls wait while someone's order page or action is queued for the same shop.
    ctx: contextFor(conn, undefined, "background"),
    settings,
    keepLease: () => renewLease(db, connectionId, owner, settings.leaseSeconds),
  };
  let lastSuccess: Date | null = null;
  try {
    let state = await readSyncState(db, connectionId);
    lastSuccess = state?.lastSyncAt ?? state?.backfillStartedAt ?? null;
    if (!state) return;
    const now = Date.now();
    const due = state.requestedAt !== null || state.nextRunAt.getTime() <= now;
    // Before a backfill's first page there is nothing to be incremental about: that page is the newest.
    if (due && (state.phase !== "backfill" || state.backfillSeen > 0)) {
      await incrementalRead(target, state, interval);
      state = (await readSyncState(db, connectionId)) ?? state;
    }
    if (state.phase !== "live") {
      await walkTurn(target, state);
    } else if (state.nextReconcileAt && state.nextReconcileAt.getTime() <= now) {
      await updateSyncState(db, connectionId, {
        phase: "reconcile",
        backfillCursor: null,
        backfillStartedAt: null,
        backfillSeen: 0,
      });
    }
  } catch (error) {
    if (!isPlatformError(error)) logError(`sync: ${conn.name} crashed`, error);
    const message = isPlatformError(error)
      ? error.message
      : "Orderdeck failed to sync this connection; see the server log.";
    const now = new Date();
    await updateSyncState(db, connectionId, {
      lastError: message,
      lastAttemptAt: now,
      requestedAt: null,
      nextRunAt: new Date(now.getTime() + retryDelay(interval, lastSuccess, now)),
    });
  }
}
