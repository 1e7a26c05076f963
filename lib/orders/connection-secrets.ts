// A connection's credentials are sealed at rest (lib/crypto, the row id as associated data) and unsealed only
// here, on the server, for the adapters; nothing from this file may reach a browser unmasked.
import "server-only";
import { decrypt, encrypt, parseKeyring } from "../crypto/keyring";
import { env } from "../env";
import type { Connection } from "../platforms/types";
import type { ConnectionRow } from "./connection-rows";

/** ENCRYPTION_KEY's keys; the first seals every write. */
export const keyring = () => parseKeyring(env().ENCRYPTION_KEY);

export function sealCredentials(credentials: Record<string, string>, connectionId: string): string {
  return encrypt(keyring(), JSON.stringify(credentials), connectionId);
}

export function unsealCredentials(row: ConnectionRow): Record<string, string> {
  return JSON.parse(decrypt(keyring(), row.credentialsSealed, row.id)) as Record<string, string>;
}

/** The decrypted connection, for adapters only. */
export function toConnection(row: ConnectionRow): Connection {
  return {
    id: row.id,
    name: row.name,
    platform: row.platform,
    baseUrl: row.baseUrl,
    credentials: unsealCredentials(row),
    options: row.options,
  };
}
