// "Sync now": marks the connection for an immediate incremental read (or, `full`, a new reading of all its
// orders) and wakes this instance's worker; another instance's worker sees the mark at its next tick.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync } from "../db/schema";
import { getConnectionRow } from "../orders/connection-rows";
import { ensureSyncRows } from "./lease";
import { wakeSyncWorker } from "./worker";

export async function requestSync(db: Db, connectionId: string, { full = false } = {}): Promise<void> {
  await getConnectionRow(db, connectionId); // 404 for an unknown connection
  await ensureSyncRows(db);
  const where = eq(connectionSync.connectionId, connectionId);
  await db.update(connectionSync).set({ requestedAt: new Date() }).where(where);
  // A reading already under way (the backfill too) simply goes on.
  if (full) {
    await db
      .update(connectionSync)
      .set({ phase: "reconcile", backfillCursor: null, backfillStartedAt: null, backfillSeen: 0 })
      .where(and(where, eq(connectionSync.phase, "live")));
  }
  wakeSyncWorker();
}
