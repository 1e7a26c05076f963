// Each connection's sync state as the list and the connections page show it: one query over the connections
// and their connection_sync rows.
import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db";
import { connections, connectionSync } from "../db/schema";
import type { ConnectionSyncInfo, UnreadableOrder } from "../domain/order-list";

/** Per connection (the selected ones, or all): its freshness, and the orders its platform sent that could not be read. */
export async function syncInfo(
  db: Db,
  selected: readonly string[] = [],
): Promise<{ sync: ConnectionSyncInfo[]; unreadable: UnreadableOrder[] }> {
  const rows = await db
    .select({ id: connections.id, name: connections.name, platform: connections.platform, state: connectionSync })
    .from(connections)
    .leftJoin(connectionSync, eq(connectionSync.connectionId, connections.id))
    .where(selected.length > 0 ? inArray(connections.id, [...selected]) : undefined)
    .orderBy(connections.name);
  const unreadable = rows.flatMap(({ id, name, state }) =>
    (state?.unreadable ?? []).map((entry) => ({ connectionId: id, connectionName: name, ...entry })),
  );
  const sync = rows.map(({ id, name, platform, state }) => ({
    connectionId: id,
    connectionName: name,
    platform,
    phase: state?.phase ?? "backfill",
    lastSyncAt: state?.lastSyncAt?.toISOString() ?? null,
    lastError: state?.lastError ?? null,
    imported: state?.backfillSeen ?? 0,
    total: state?.backfillTotal ?? null,
  }));
  return { sync, unreadable };
}
