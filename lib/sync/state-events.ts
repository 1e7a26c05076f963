// What a sync state change tells the live streams: a `sync` event for the connection, when the change is one a
// page shows (phase, last success, last error, import progress, unreadable orders). A backfill writes its
// progress after every page, several a second on a fast platform: progress alone is told at most once a second
// per connection; the rest (a phase ending, a failure, a success) always.
import "server-only";
import type { Db } from "../db";
import { publishLiveEvent } from "../events/publish";
import type { SyncPatch } from "./state";

const SHOWN = new Set<keyof SyncPatch>([
  "phase",
  "lastSyncAt",
  "lastError",
  "backfillStartedAt",
  "backfillSeen",
  "backfillTotal",
  "unreadable",
]);
const PROGRESS = new Set<keyof SyncPatch>(["backfillCursor", "backfillSeen", "backfillTotal", "unreadable"]);
export const PROGRESS_EVERY_MS = 1_000;

const lastTold = new Map<string, number>();

export async function announceSyncChange(
  db: Db,
  connectionId: string,
  patch: SyncPatch,
  now = Date.now(),
): Promise<void> {
  const keys = Object.keys(patch) as (keyof SyncPatch)[];
  if (!keys.some((key) => SHOWN.has(key))) return;
  const progressOnly = keys.every((key) => PROGRESS.has(key));
  if (progressOnly && now - (lastTold.get(connectionId) ?? Number.NEGATIVE_INFINITY) < PROGRESS_EVERY_MS) return;
  lastTold.set(connectionId, now);
  await publishLiveEvent(db, { type: "sync", at: new Date(now).toISOString(), connectionId });
}
