// "Sync now": marks the connection for an immediate incremental read and wakes this instance's worker (another
// instance's worker sees the mark at its next tick, within a second).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync } from "../db/schema";
import { getConnectionRow } from "../orders/connections";
import { ensureSyncRows } from "./lease";
import { wakeSyncWorker } from "./worker";

export async function requestSync(db: Db, connectionId: string): Promise<void> {
  await getConnectionRow(db, connectionId); // 404 for an unknown connection
  await ensureSyncRows(db);
  await db.update(connectionSync).set({ requestedAt: new Date() }).where(eq(connectionSync.connectionId, connectionId));
  wakeSyncWorker();
}
