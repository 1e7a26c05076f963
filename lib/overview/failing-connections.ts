// Connections in trouble: the sync's last attempt failed (connection_sync.last_error) or the last health check
// ("Test connection", connections.last_check_ok) did. Both are kept until the next success clears them.
import "server-only";
import { eq, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { connections, connectionSync } from "../db/schema";
import type { FailingConnection } from "../domain/overview";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export async function failingConnections(db: Db): Promise<FailingConnection[]> {
  const rows = await db
    .select({
      id: connections.id,
      name: connections.name,
      platform: connections.platform,
      checkOk: connections.lastCheckOk,
      checkAt: connections.lastCheckAt,
      checkError: connections.lastError,
      syncError: connectionSync.lastError,
      syncAt: connectionSync.lastAttemptAt,
    })
    .from(connections)
    .leftJoin(connectionSync, eq(connectionSync.connectionId, connections.id))
    .where(or(sql`${connections.lastCheckOk} = false`, isNotNull(connectionSync.lastError)))
    .orderBy(connections.name);
  return rows.map((row) => ({
    connectionId: row.id,
    connectionName: row.name,
    platform: row.platform,
    sync: row.syncError ? { message: row.syncError, at: iso(row.syncAt) } : null,
    health:
      row.checkOk === false
        ? { message: row.checkError ?? "The last connection check failed", at: iso(row.checkAt) }
        : null,
  }));
}
