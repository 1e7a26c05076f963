// A one-second memory of list pages read from the index: many people on the same view (the default list,
// a dashboard refreshing) share one read. Every write to the index made by this process forgets it at once,
// so an action's result always shows; a write by another instance shows within the second.
import "server-only";
import type { Db } from "../db";

const TTL_MS = 1000;
const MAX_ENTRIES = 200;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const memories = new WeakMap<Db, Map<string, Entry>>();

/** `fresh`: read anew (the caller sent `Cache-Control: no-cache`), and remember that read. */
export function remembered<T>(db: Db, key: string, read: () => Promise<T>, fresh = false): Promise<T> {
  const memory = memories.get(db) ?? new Map<string, Entry>();
  memories.set(db, memory);
  const now = Date.now();
  const hit = memory.get(key);
  if (!fresh && hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  // Kept in the order they were made: the expired ones are at the front.
  for (const [old, entry] of memory) {
    if (now - entry.at < TTL_MS && memory.size < MAX_ENTRIES) break;
    memory.delete(old);
  }
  const value = read();
  memory.set(key, { at: now, value });
  value.catch(() => memory.delete(key));
  return value;
}

/** After any write to the index: the next read is fresh. */
export function forgetIndexReads(db: Db): void {
  memories.get(db)?.clear();
}
