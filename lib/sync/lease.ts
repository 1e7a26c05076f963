// Leases: one instance at a time syncs a connection. A lease is a row lock with a deadline in
// connection_sync — taken only when free or expired, renewed while the work goes on, and simply left to
// expire by an instance that dies, so another takes the connection over. Works alike on PGlite and PostgreSQL.
import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync, connections } from "../db/schema";
import type { SyncState } from "./state";

export { INSTANCE_ID } from "../instance";

/** Every connection has a sync row (a new one starts with its backfill). */
export async function ensureSyncRows(db: Db): Promise<void> {
  await db.execute(
    sql`insert into connection_sync (connection_id) select ${connections.id} from ${connections} on conflict do nothing`,
  );
}

/** Takes the connection's lease for `seconds` when it is free, expired, or already ours; null when another holds it. */
export async function takeLease(
  db: Db,
  connectionId: string,
  owner: string,
  seconds: number,
): Promise<SyncState | null> {
  const [row] = await db
    .update(connectionSync)
    .set({ leaseOwner: owner, leaseUntil: sql`now() + make_interval(secs => ${seconds})` })
    .where(
      and(
        eq(connectionSync.connectionId, connectionId),
        or(
          isNull(connectionSync.leaseOwner),
          lt(connectionSync.leaseUntil, sql`now()`),
          eq(connectionSync.leaseOwner, owner),
        ),
      ),
    )
    .returning();
  return row ?? null;
}

/** Extends our lease; false when it was lost (expired and taken by another), so the work must stop. */
export async function renewLease(db: Db, connectionId: string, owner: string, seconds: number): Promise<boolean> {
  const rows = await db
    .update(connectionSync)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${seconds})` })
    .where(and(eq(connectionSync.connectionId, connectionId), eq(connectionSync.leaseOwner, owner)))
    .returning({ id: connectionSync.connectionId });
  return rows.length > 0;
}

export async function releaseLease(db: Db, connectionId: string, owner: string): Promise<void> {
  await db
    .update(connectionSync)
    .set({ leaseOwner: null, leaseUntil: null })
    .where(and(eq(connectionSync.connectionId, connectionId), eq(connectionSync.leaseOwner, owner)));
}
