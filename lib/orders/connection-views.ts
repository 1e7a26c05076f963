// A connection as the browser sees it: every answer goes through these two, which mask the secrets.
import "server-only";
import { type ConnectionDetail, type ConnectionSummary, maskSecret } from "../domain/connection";
import { getAdapter } from "../platforms/registry";
import type { ConnectionRow } from "./connection-rows";
import { unsealCredentials } from "./connection-secrets";

/** What every signed-in role may see: name, platform and health. */
export function toSummary(row: ConnectionRow): ConnectionSummary {
  return {
    id: row.id,
    name: row.name,
    platform: row.platform,
    health: {
      lastCheckAt: row.lastCheckAt?.toISOString() ?? null,
      lastCheckOk: row.lastCheckOk,
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
      lastError: row.lastError,
      lastLatencyMs: row.lastLatencyMs,
    },
  };
}

/** What an admin sees: also the base URL, the options and the credentials, secrets masked ("••••1a2b"). */
export function toDetail(row: ConnectionRow): ConnectionDetail {
  const adapter = getAdapter(row.platform);
  const secrets = new Set(adapter.credentialFields.filter((field) => field.secret).map((field) => field.name));
  const credentials = Object.fromEntries(
    Object.entries(unsealCredentials(row)).map(([key, value]) => [key, secrets.has(key) ? maskSecret(value) : value]),
  );
  return {
    ...toSummary(row),
    baseUrl: row.baseUrl,
    options: row.options,
    credentials,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
