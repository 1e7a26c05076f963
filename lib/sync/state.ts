// Reading and writing one connection's sync state (the connection_sync row).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync } from "../db/schema";
import type { SetAside } from "../platforms/read-each";
import { announceSyncChange } from "./state-events";

export type SyncState = typeof connectionSync.$inferSelect;
export type SyncPatch = Partial<Omit<SyncState, "connectionId" | "leaseOwner" | "leaseUntil">>;

export async function readSyncState(db: Db, connectionId: string): Promise<SyncState | null> {
  const [row] = await db.select().from(connectionSync).where(eq(connectionSync.connectionId, connectionId));
  return row ?? null;
}

/** Writes the patch and tells the live streams when a page would show the change (state-events.ts). */
export async function updateSyncState(db: Db, connectionId: string, patch: SyncPatch): Promise<void> {
  await db.update(connectionSync).set(patch).where(eq(connectionSync.connectionId, connectionId));
  await announceSyncChange(db, connectionId, patch);
}

/** The newest of two instants (either may be missing). */
export function later(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

const MAX_UNREADABLE = 50;

/** The orders set aside so far plus those just found, once each (the newest reason kept), at most 50. */
export function withUnreadable(
  known: SyncState["unreadable"],
  found: readonly SetAside[] | undefined,
): SyncState["unreadable"] {
  if (!found?.length) return known;
  const byId = new Map(known.map((entry) => [entry.orderId ?? entry.message, entry]));
  for (const entry of found) byId.set(entry.orderId ?? entry.message, entry);
  return [...byId.values()].slice(-MAX_UNREADABLE);
}
