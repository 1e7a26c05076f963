// The events table holds what a reconnecting stream may still ask for: about an hour, and never more than a few
// thousand rows (a stream that missed more is told to refetch anyway, replay.ts). Pruned by publishers now and
// then rather than by a timer, so an instance that publishes nothing costs nothing.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";

export const KEEP_EVENTS = 5000;
export const KEEP_MS = 60 * 60_000;
/** One publish in this many prunes (per process): a delete over a few thousand rows, rarely. */
const PRUNE_EVERY = 200;

const store = globalThis as typeof globalThis & { orderdeckLivePublishes?: number };

export async function pruneLiveEvents(db: Db): Promise<void> {
  await db.execute(
    sql`delete from live_events where created_at < now() - make_interval(secs => ${KEEP_MS / 1000}) or id <= (select max(id) from live_events) - ${KEEP_EVENTS}`,
  );
}

/** Prunes on every PRUNE_EVERY-th call (the first call of a process included, so a restart cleans up). */
export async function pruneNowAndThen(db: Db): Promise<void> {
  const count = store.orderdeckLivePublishes ?? 0;
  store.orderdeckLivePublishes = count + 1;
  if (count % PRUNE_EVERY === 0) await pruneLiveEvents(db);
}
