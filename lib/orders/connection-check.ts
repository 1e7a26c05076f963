// "Test connection": log in where the platform needs it, read one order, and keep the outcome as the
// connection's health (last check, last success, last error) for every role to see.
import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import { connections } from "../db/schema";
import type { ConnectionCheck } from "../domain/connection";
import type { CurrentUser } from "../domain/user";
import { isPlatformError } from "../platforms/errors";
import { createRedactor } from "../platforms/http-redact";
import { getAdapter } from "../platforms/registry";
import { getConnectionRow } from "./connection-rows";
import { toConnection } from "./connection-secrets";
import { contextFor } from "./upstream";
import { logError } from "../db/log-error";

export async function recordHealth(
  db: Db,
  connectionId: string,
  ok: boolean,
  error: string | null,
  latencyMs: number | null,
) {
  const now = new Date();
  await db
    .update(connections)
    .set({
      lastCheckAt: now,
      lastCheckOk: ok,
      lastError: ok ? null : error,
      lastLatencyMs: latencyMs,
      ...(ok ? { lastSuccessAt: now } : {}),
    })
    .where(eq(connections.id, connectionId));
}

export async function checkConnection(db: Db, actor: CurrentUser, id: string, ip: string): Promise<ConnectionCheck> {
  const row = await getConnectionRow(db, id);
  const conn = toConnection(row);
  const started = performance.now();
  let message: string | null = null;
  try {
    await getAdapter(conn.platform).testConnection(conn, contextFor(conn));
  } catch (error) {
    // Only the platform's own (already redacted) words are kept; anything else is logged, not shown. They are
    // stored for every role to read, so the connection's secrets are taken out once more: the transport redacts
    // error answers, this also covers words an adapter took from a success body.
    if (!isPlatformError(error)) logError("connection test crashed", error);
    message = isPlatformError(error)
      ? createRedactor(Object.values(conn.credentials)).redact(error.message)
      : "The test failed unexpectedly; see the server log.";
  }
  const latencyMs = Math.round(performance.now() - started);
  const ok = message === null;
  await recordHealth(db, id, ok, message, latencyMs);
  await recordAudit(db, {
    actor,
    action: "connection.test",
    target: { type: "connection", id },
    outcome: ok ? "success" : "failure",
    ip,
    details: { name: row.name, platform: row.platform, latencyMs, ...(message ? { message } : {}) },
  });
  return { ok, latencyMs, message, checkedAt: new Date().toISOString() };
}
