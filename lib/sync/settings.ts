// How the sync paces itself. Defaults come from the environment (lib/env.ts); tests pass their own.
import "server-only";
import { env } from "../env";
import type { Connection } from "../platforms/types";

export interface SyncSettings {
  /** Between two incremental reads of one connection (its `syncIntervalSeconds` option wins). */
  intervalMs: number;
  /** Between two full readings (reconciles) of one connection. */
  reconcileEveryMs: number;
  /** Without changed-since, an incremental read re-reads the orders placed in this window... */
  recentWindowMs: number;
  /** ...and at most this many pages of them... */
  recentMaxPages: number;
  /**
   * ...but all of them at most this often: in between, only the first page, where new orders arrive. Re-reading
   * a busy shop's whole window every interval parsed 1,000 orders per shop every 15 s for nothing (most of the
   * server's allocations under load) and spent the platform's rate limit.
   */
  recentWindowEveryMs: number;
  /** With changed-since, at most this many pages per incremental read (the rest next time). */
  changedMaxPages: number;
  /** Orders asked for per page (adapters keep to their platform's maximum). */
  pageSize: number;
  /** How long one turn may read pages of a full reading before it lets other connections go. */
  turnBudgetMs: number;
  /** A lease lasts this long unless renewed (after every page): an instance that dies loses it this fast. */
  leaseSeconds: number;
}

export function defaultSyncSettings(): SyncSettings {
  const { SYNC_INTERVAL_SECONDS, SYNC_RECONCILE_MINUTES } = env();
  return {
    intervalMs: SYNC_INTERVAL_SECONDS * 1000,
    reconcileEveryMs: SYNC_RECONCILE_MINUTES * 60_000,
    recentWindowMs: 3 * 24 * 3600_000,
    recentMaxPages: 4,
    recentWindowEveryMs: 60_000,
    changedMaxPages: 20,
    pageSize: 250,
    turnBudgetMs: 10_000,
    leaseSeconds: 30,
  };
}

export function intervalFor(conn: Pick<Connection, "options">, settings: SyncSettings): number {
  const own = Number(conn.options.syncIntervalSeconds);
  return Number.isFinite(own) && own >= 5 ? own * 1000 : settings.intervalMs;
}
