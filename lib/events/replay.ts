// What a reconnecting stream missed: the events after its Last-Event-ID, up to where its live subscription
// starts. A backlog is sent only while it is short and complete; otherwise one `refetch` (re-read everything),
// which costs the client one round of requests instead of a flood of stale hints.
import "server-only";
import type { Db } from "../db";
import { type LiveMessage, refetchMessage } from "./message";
import { keptRange, readEvents } from "./read-events";

/** Missed events sent one by one at most; more than this and the client refetches. */
export const REPLAY_LIMIT = 200;

/** `after`: the client's Last-Event-ID ("unknown" when it sent one we cannot read); `upTo`: the hub's position. */
export async function missedSince(db: Db, after: number | "unknown", upTo: number): Promise<LiveMessage[]> {
  // An id from the future: the database was reset or replaced since the client's last event.
  if (after === "unknown" || after > upTo) return [refetchMessage(upTo)];
  if (after === upTo) return [];
  const [missed, { oldest }] = await Promise.all([
    readEvents(db, after, { upTo, limit: REPLAY_LIMIT + 1 }),
    keptRange(db),
  ]);
  // Events right after the client's last one were pruned (it was away too long): what it missed is unknown.
  const pruned = oldest === null || oldest > after + 1;
  if (pruned || missed.length > REPLAY_LIMIT) return [refetchMessage(upTo)];
  return missed;
}
