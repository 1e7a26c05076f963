// In-process wake-ups: a publisher tells the hubs reading the same database in this process that a row is
// there, without waiting for PostgreSQL's NOTIFY (and on PGlite, which has no other process to tell, instead of
// it). Kept on globalThis: the sync worker (instrumentation bundle) and the routes (app bundle) may each load
// this module, and they must share one registry.
import "server-only";
import type { Db } from "../db";

const store = globalThis as typeof globalThis & { orderdeckLiveWake?: WeakMap<Db, Set<() => void>> };
const registry = () => (store.orderdeckLiveWake ??= new WeakMap());

/** Calls `wake` whenever an event is published through `db` in this process; returns the unsubscribe. */
export function onLocalPublish(db: Db, wake: () => void): () => void {
  const wakers = registry().get(db) ?? new Set();
  wakers.add(wake);
  registry().set(db, wakers);
  return () => wakers.delete(wake);
}

export function wakeLocal(db: Db): void {
  for (const wake of registry().get(db) ?? []) wake();
}
