// Connections: stored with their credentials sealed (lib/crypto), loaded and decrypted only here, on the
// server, for the adapters. Every answer to a browser goes through toDetail/toSummary, which mask secrets.
import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { ApiError, conflict, notFound } from "../api/errors";
import { recordAudit } from "../audit/record";
import { decrypt, encrypt, parseKeyring } from "../crypto/keyring";
import type { Db } from "../db";
import { connections, orderIndex } from "../db/schema";
import {
  type ConnectionDetail,
  type ConnectionInput,
  type ConnectionPatch,
  type ConnectionSummary,
  maskSecret,
} from "../domain/connection";
import type { CurrentUser } from "../domain/user";
import { env } from "../env";
import { checkBaseUrl } from "../platforms/guard";
import { SHARED_OPTION_KEYS, sharedOptionsSchema } from "../platforms/shared-options";
import { getAdapter } from "../platforms/registry";
import { forgetConnections } from "./connection-cache";
import { forgetConnection } from "./page-cache";
import type { Connection, PlatformAdapter } from "../platforms/types";

type Row = typeof connections.$inferSelect;

const keyring = () => parseKeyring(env().ENCRYPTION_KEY);

function credentialsOf(row: Row): Record<string, string> {
  return JSON.parse(decrypt(keyring(), row.credentialsSealed, row.id)) as Record<string, string>;
}

export function toSummary(row: Row): ConnectionSummary {
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

export function toDetail(row: Row): ConnectionDetail {
  const adapter = getAdapter(row.platform);
  const secrets = new Set(adapter.credentialFields.filter((field) => field.secret).map((field) => field.name));
  const credentials = Object.fromEntries(
    Object.entries(credentialsOf(row)).map(([key, value]) => [key, secrets.has(key) ? maskSecret(value) : value]),
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

/** Validates credentials/options with the adapter's schemas; errors as 422 with paths like body.credentials.apiKey. */
function validateFor(adapter: PlatformAdapter, credentials: unknown, options: unknown) {
  const issues: { path: string; message: string }[] = [];
  const creds = adapter.credentialsSchema.safeParse(credentials);
  if (!creds.success) for (const i of creds.error.issues) issues.push({ path: ["body", "credentials", ...i.path.map(String)].join("."), message: i.message });
  // The shared options are the same for every platform; the rest are the adapter's own.
  const all = (options ?? {}) as Record<string, unknown>;
  const shared = Object.fromEntries(SHARED_OPTION_KEYS.filter((key) => key in all).map((key) => [key, all[key]]));
  const own = Object.fromEntries(Object.entries(all).filter(([key]) => !(SHARED_OPTION_KEYS as readonly string[]).includes(key)));
  const transport = sharedOptionsSchema.safeParse(shared);
  const opts = adapter.optionsSchema.safeParse(own);
  for (const result of [transport, opts]) {
    if (!result.success) for (const i of result.error.issues) issues.push({ path: ["body", "options", ...i.path.map(String)].join("."), message: i.message });
  }
  if (!creds.success || !opts.success || !transport.success) {
    throw new ApiError(422, "invalid_input", `${issues[0]?.path}: ${issues[0]?.message}`, { issues });
  }
  return { credentials: creds.data, options: { ...opts.data, ...transport.data } };
}

async function assertBaseUrl(url: string): Promise<string> {
  const normalized = url.replace(/\/+$/, "");
  const verdict = await checkBaseUrl(normalized, env().UPSTREAM_ALLOW_PRIVATE);
  if (!verdict.ok) throw new ApiError(422, "invalid_input", `body.baseUrl: ${verdict.message}`, { issues: [{ path: "body.baseUrl", message: verdict.message }] });
  return normalized;
}

export async function listConnectionRows(db: Db): Promise<Row[]> {
  return db.select().from(connections).orderBy(asc(connections.name));
}

export async function getConnectionRow(db: Db, id: string): Promise<Row> {
  const [row] = await db.select().from(connections).where(eq(connections.id, id)).limit(1);
  if (!row) throw notFound("The connection");
  return row;
}

/** The decrypted connection, for adapters only. */
export function toConnection(row: Row): Connection {
  return { id: row.id, name: row.name, platform: row.platform, baseUrl: row.baseUrl, credentials: credentialsOf(row), options: row.options };
}

export async function createConnection(db: Db, actor: CurrentUser, input: ConnectionInput, ip: string): Promise<ConnectionDetail> {
  const adapter = getAdapter(input.platform);
  const { credentials, options } = validateFor(adapter, input.credentials, input.options);
  const baseUrl = await assertBaseUrl(input.baseUrl);
  const id = randomUUID();
  const [row] = await db
    .insert(connections)
    .values({ id, name: input.name, platform: input.platform, baseUrl, options, createdBy: actor.id, credentialsSealed: encrypt(keyring(), JSON.stringify(credentials), id) })
    .onConflictDoNothing({ target: connections.name })
    .returning();
  if (!row) throw conflict(`A connection named "${input.name}" already exists.`);
  forgetConnections(db);
  await recordAudit(db, {
    actor,
    action: "connection.create",
    target: { type: "connection", id },
    outcome: "success",
    ip,
    details: { name: row.name, platform: row.platform, baseUrl, credentialFields: Object.keys(credentials), options },
  });
  return toDetail(row);
}

export async function updateConnection(db: Db, actor: CurrentUser, id: string, patch: ConnectionPatch, ip: string): Promise<ConnectionDetail> {
  const before = await getConnectionRow(db, id);
  const adapter = getAdapter(before.platform);
  const stored = credentialsOf(before);
  // A secret left empty in the form keeps the stored value: the browser never had it to send back. But a complete
  // set of another kind (Seller Center: a token instead of email + password) replaces the stored one — it shares
  // no field with it. Retyping one field of the stored set (ECOM.md's API token, with its optional site token
  // kept) is an edit of that set.
  const typed = Object.fromEntries(Object.entries(patch.credentials ?? {}).filter(([, value]) => value !== ""));
  const switchesKind =
    adapter.credentialsSchema.safeParse(typed).success && Object.keys(typed).every((key) => !(key in stored));
  const merged = switchesKind ? typed : { ...stored, ...typed };
  const { credentials, options } = validateFor(adapter, merged, patch.options ?? before.options);
  const baseUrl = patch.baseUrl ? await assertBaseUrl(patch.baseUrl) : before.baseUrl;
  const changedCredentials = Object.keys(credentials).filter((key) => credentials[key] !== stored[key]);
  const [row] = await db
    .update(connections)
    .set({ name: patch.name ?? before.name, baseUrl, options, credentialsSealed: encrypt(keyring(), JSON.stringify(credentials), id), updatedAt: new Date() })
    .where(eq(connections.id, id))
    .returning()
    .catch((error: unknown) => {
      if (String(error).includes("unique")) throw conflict(`A connection named "${patch.name}" already exists.`);
      throw error;
    });
  // The order index sorts by the connection's name: a rename renames its orders' copy too.
  if (row!.name !== before.name) await db.update(orderIndex).set({ connectionName: row!.name }).where(eq(orderIndex.connectionId, id));
  // After the write: a list request in between must not keep the old credentials or pages for a few seconds.
  forgetConnection(id);
  forgetConnections(db);
  await recordAudit(db, {
    actor,
    action: "connection.update",
    target: { type: "connection", id },
    outcome: "success",
    ip,
    details: {
      name: row!.name,
      ...(patch.name && patch.name !== before.name ? { renamedFrom: before.name } : {}),
      ...(baseUrl !== before.baseUrl ? { baseUrl: { from: before.baseUrl, to: baseUrl } } : {}),
      changedCredentialFields: changedCredentials,
      options,
    },
  });
  return toDetail(row!);
}

export async function deleteConnection(db: Db, actor: CurrentUser, id: string, ip: string): Promise<void> {
  const row = await getConnectionRow(db, id);
  await db.delete(connections).where(eq(connections.id, id));
  forgetConnections(db);
  await recordAudit(db, {
    actor,
    action: "connection.delete",
    target: { type: "connection", id },
    outcome: "success",
    ip,
    details: { name: row.name, platform: row.platform, baseUrl: row.baseUrl },
  });
}
