// The sync worker of one instance: every tick it looks for connections whose sync is due (or whose full
// reading is under way) and whose lease is free, takes the lease and runs a turn, a few connections at a
// time. Several instances run it against one PostgreSQL; the lease keeps each connection with one of them.
// It also finishes bulk jobs whose instance died (their lease ran out).
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { and, isNotNull, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync } from "../db/schema";
import { resumeAbandonedBulkJobs } from "../orders/bulk-resume";
import { ensureSyncRows, INSTANCE_ID, releaseLease, takeLease } from "./lease";
import type { SyncSettings } from "./settings";
import { syncTurn } from "./turn";
import { logError } from "../db/log-error";

export interface SyncRunnerOptions {
  settings: SyncSettings;
  /** This instance's name in the leases. */
  owner?: string;
  tickMs?: number;
  /** Connections synced at once by this instance (each has its own platform's rate limit). */
  parallel?: number;
  /** false: no loop; the caller drives it with tick() (tests). */
  loop?: boolean;
  /** Told when this runner starts and ends a turn on a connection (tests watch for overlaps). */
  onTurn?: (connectionId: string, moment: "start" | "end") => void;
}

export interface SyncRunner {
  /** Runs one tick now and resolves when its turns are done (tests; "Sync now" wakes the loop instead). */
  tick(): Promise<void>;
  wake(): void;
  stop(): Promise<void>;
}

async function dueConnections(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: connectionSync.connectionId })
    .from(connectionSync)
    .where(
      and(
        or(
          lte(connectionSync.nextRunAt, sql`now()`),
          isNotNull(connectionSync.requestedAt),
          ne(connectionSync.phase, "live"),
          lte(connectionSync.nextReconcileAt, sql`now()`),
        ),
        or(isNull(connectionSync.leaseOwner), lt(connectionSync.leaseUntil, sql`now()`)),
      ),
    )
    .orderBy(connectionSync.nextRunAt)
    .limit(limit);
  return rows.map((row) => row.id);
}

export function startSyncRunner(db: Db, options: SyncRunnerOptions): SyncRunner {
  const { settings, owner = INSTANCE_ID, tickMs = 1000, parallel = 4 } = options;
  let stopping = false;
  const running = new Map<string, Promise<void>>();
  const ticks = new Set<Promise<void>>();
  let wakeUp: (() => void) | null = null;

  async function turn(connectionId: string) {
    if (stopping) return;
    if (!(await takeLease(db, connectionId, owner, settings.leaseSeconds))) return;
    options.onTurn?.(connectionId, "start");
    try {
      await syncTurn(db, connectionId, settings, owner);
    } finally {
      options.onTurn?.(connectionId, "end");
      await releaseLease(db, connectionId, owner).catch(() => undefined);
    }
  }

  async function tick() {
    await ensureSyncRows(db);
    // Bulk jobs whose instance died are finished by whichever instance notices first.
    await resumeAbandonedBulkJobs(db, owner);
    const free = parallel - running.size;
    if (free <= 0) return;
    const due = (await dueConnections(db, parallel)).filter((id) => !running.has(id)).slice(0, free);
    const started = due.map((id) => {
      const work = turn(id)
        .catch((error: unknown) => logError("sync: a turn failed", error))
        .finally(() => running.delete(id));
      running.set(id, work);
      return work;
    });
    await Promise.all(started);
  }

  const loop = (async () => {
    while (!stopping && options.loop !== false) {
      // A tick does not wait for slow turns: connections run side by side, each at its platform's pace.
      const current = tick().catch((error: unknown) => logError("sync: a tick failed", error));
      ticks.add(current);
      void current.finally(() => ticks.delete(current));
      await Promise.race([sleep(tickMs), new Promise<void>((resolve) => (wakeUp = resolve))]);
    }
  })();

  return {
    tick,
    wake: () => wakeUp?.(),
    async stop() {
      stopping = true;
      wakeUp?.();
      await loop;
      // Ticks under way may still be taking leases: wait for them, then for their turns.
      await Promise.allSettled([...ticks]);
      await Promise.allSettled(running.values());
    },
  };
}
