// Adding, editing and removing connections (admin): each write validates against the adapter, seals the
// credentials, forgets what the order list cached about connections, and is audited. Reading them is in
// connection-rows.ts, the browser's view of them in connection-views.ts.
import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { recordChange } from "../audit/record";
import type { Db } from "../db";
import { connections, orderIndex } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { type ConnectionDetail, type ConnectionInput, type ConnectionPatch, movesOrigin } from "../domain/connection";
import { ConflictError } from "../domain/errors";
import type { CurrentUser } from "../domain/user";
import { getAdapter } from "../platforms/registry";
import { assertBaseUrl } from "./connection-base-url";
import { forgetConnections } from "./connection-cache";
import { assertSecretsRetyped, credentialsAfterEdit } from "./connection-credentials";
import { type ConnectionRow, getConnectionRow } from "./connection-rows";
import { sealCredentials, unsealCredentials } from "./connection-secrets";
import { validateFor } from "./connection-settings";
import { toDetail } from "./connection-views";
import { forgetConnection } from "./page-cache";

const nameTaken = (name: string | undefined) =>
  new ConflictError(`A connection named "${name}" already exists.`, "connection_name_taken", { name: String(name) });

/**
 * After every write: the order list forgets the connections and pages it cached (a list request in between must
 * not keep the old credentials for a few seconds), and the change is audited under the connection's name.
 */
async function settle(
  db: Db,
  by: { actor: CurrentUser; ip: string },
  action: "create" | "update" | "delete",
  row: ConnectionRow,
  details: Record<string, unknown>,
): Promise<void> {
  forgetConnection(row.id);
  forgetConnections(db);
  const target = { type: "connection", id: row.id };
  await recordChange(db, by, `connection.${action}`, target, { name: row.name, ...details });
}

export async function createConnection(
  db: Db,
  actor: CurrentUser,
  input: ConnectionInput,
  ip: string,
): Promise<ConnectionDetail> {
  const adapter = getAdapter(input.platform);
  const { credentials, options } = validateFor(adapter, input.credentials, input.options);
  const baseUrl = await assertBaseUrl(input.baseUrl);
  const id = randomUUID();
  const [row] = await db
    .insert(connections)
    .values({
      id,
      name: input.name,
      platform: input.platform,
      baseUrl,
      options,
      createdBy: actor.id,
      credentialsSealed: sealCredentials(credentials, id),
    })
    .onConflictDoNothing({ target: connections.name })
    .returning();
  if (!row) throw nameTaken(input.name);
  const credentialFields = Object.keys(credentials);
  await settle(db, { actor, ip }, "create", row, { platform: row.platform, baseUrl, credentialFields, options });
  return toDetail(row);
}

export async function updateConnection(
  db: Db,
  actor: CurrentUser,
  id: string,
  patch: ConnectionPatch,
  ip: string,
): Promise<ConnectionDetail> {
  const before = await getConnectionRow(db, id);
  const adapter = getAdapter(before.platform);
  const stored = unsealCredentials(before);
  const merged = credentialsAfterEdit(adapter, stored, patch.credentials);
  const { credentials, options } = validateFor(adapter, merged, patch.options ?? before.options);
  const baseUrl = patch.baseUrl ? await assertBaseUrl(patch.baseUrl) : before.baseUrl;
  if (movesOrigin(before.baseUrl, baseUrl))
    assertSecretsRetyped(adapter, { sent: patch.credentials, merged }, { from: before.baseUrl, to: baseUrl });
  const changedCredentials = Object.keys(credentials).filter((key) => credentials[key] !== stored[key]);
  const [row] = await db
    .update(connections)
    .set({
      name: patch.name ?? before.name,
      baseUrl,
      options,
      credentialsSealed: sealCredentials(credentials, id),
      updatedAt: new Date(),
    })
    .where(eq(connections.id, id))
    .returning()
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw nameTaken(patch.name);
      throw error;
    });
  // The order index sorts by the connection's name: a rename renames its orders' copy too.
  if (row!.name !== before.name)
    await db.update(orderIndex).set({ connectionName: row!.name }).where(eq(orderIndex.connectionId, id));
  await settle(db, { actor, ip }, "update", row!, {
    ...(patch.name && patch.name !== before.name ? { renamedFrom: before.name } : {}),
    ...(baseUrl !== before.baseUrl ? { baseUrl: { from: before.baseUrl, to: baseUrl } } : {}),
    changedCredentialFields: changedCredentials,
    options,
  });
  return toDetail(row!);
}

export async function deleteConnection(db: Db, actor: CurrentUser, id: string, ip: string): Promise<void> {
  const row = await getConnectionRow(db, id);
  await db.delete(connections).where(eq(connections.id, id));
  await settle(db, { actor, ip }, "delete", row, { platform: row.platform, baseUrl: row.baseUrl });
}
