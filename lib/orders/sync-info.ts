// Each connection's sync state as the list and the connections page show it.
import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "../db";
import { connectionSync } from "../db/schema";
import type { ConnectionSyncInfo, UnreadableOrder } from "../domain/order-list";
import type { Connection } from "../platforms/types";

/** Per selected connection: its freshness, and the orders its platform sent that could not be read. */
export async function syncInfo(
  db: Db,
  connections: readonly Pick<Connection, "id" | "name" | "platform">[],
  selected: readonly string[] = [],
): Promise<{ sync: ConnectionSyncInfo[]; unreadable: UnreadableOrder[] }> {
  const shown = connections.filter((conn) => selected.length === 0 || selected.includes(conn.id));
  if (shown.length === 0) return { sync: [], unreadable: [] };
  const rows = await db
    .select()
    .from(connectionSync)
    .where(
      inArray(
        connectionSync.connectionId,
        shown.map((conn) => conn.id),
      ),
    );
  const byId = new Map(rows.map((row) => [row.connectionId, row]));
  const unreadable = shown.flatMap((conn) =>
    (byId.get(conn.id)?.unreadable ?? []).map((entry) => ({ connectionId: conn.id, connectionName: conn.name, ...entry })),
  );
  const sync = shown.map((conn) => {
    const row = byId.get(conn.id);
    return {
      connectionId: conn.id,
      connectionName: conn.name,
      platform: conn.platform,
      phase: row?.phase ?? "backfill",
      lastSyncAt: row?.lastSyncAt?.toISOString() ?? null,
      lastError: row?.lastError ?? null,
      imported: row?.backfillSeen ?? 0,
      total: row?.backfillTotal ?? null,
    };
  });
  return { sync, unreadable };
}
