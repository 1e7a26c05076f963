// Credential encryption at rest: AES-256-GCM with a fresh random 12-byte IV per write and a full 16-byte tag,
// the key id stored with the ciphertext so keys can be rotated (old keys still decrypt; new writes use the
// primary), and the row id as associated data (a ciphertext copied onto another connection will not decrypt).
//
// ENCRYPTION_KEY = "k2:<base64 32 bytes>,k1:<base64 32 bytes>" — the first key is the primary. Every key is
// named: ids given by position would change meaning when a key is put in front ("NEW,OLD" relabels OLD).
import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface Keyring {
  primaryId: string;
  keys: Map<string, Buffer>;
}

const FORMAT = "v1";
// GCM accepts shorter tags unless told otherwise: a 4-byte tag would be forged in 2^32 tries.
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]+$/;

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  let primaryId: string | undefined;
  for (const [index, part] of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .entries()) {
    const separator = part.indexOf(":");
    if (separator <= 0) {
      // Earlier versions named an unnamed key by its position, k0 for the first: that name keeps its data readable.
      throw new Error(
        `ENCRYPTION_KEY: key ${index + 1} has no id. Write every key as "<id>:<32 bytes in base64>"; ` +
          `an unnamed key in this place was called "k${index}" before, so "k${index}:<the key>" keeps reading what it sealed`,
      );
    }
    const id = part.slice(0, separator);
    if (!KEY_ID.test(id)) throw new Error(`ENCRYPTION_KEY: key id "${id}" may only use letters, digits, _ and -`);
    const key = Buffer.from(part.slice(separator + 1), "base64");
    if (key.length !== 32) throw new Error(`ENCRYPTION_KEY: key "${id}" must be 32 bytes in base64`);
    if (keys.has(id)) throw new Error(`ENCRYPTION_KEY: key id "${id}" appears twice`);
    keys.set(id, key);
    primaryId ??= id;
  }
  if (!primaryId) throw new Error("ENCRYPTION_KEY is empty");
  return { primaryId, keys };
}

/** Encrypts `plaintext` bound to `associatedData` (the row id). Returns "v1:<keyId>:<iv>:<tag>:<ciphertext>". */
export function encrypt(keyring: Keyring, plaintext: string, associatedData: string): string {
  const key = keyring.keys.get(keyring.primaryId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((buffer) => buffer.toString("base64url"));
  return [FORMAT, keyring.primaryId, ...parts].join(":");
}

export function decrypt(keyring: Keyring, sealed: string, associatedData: string): string {
  const [format, keyId, iv, tag, ciphertext] = sealed.split(":");
  if (format !== FORMAT || !keyId || !iv || !tag || ciphertext === undefined) throw new Error("Unreadable ciphertext");
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`No key "${keyId}" in ENCRYPTION_KEY to decrypt this value`);
  const authTag = Buffer.from(tag, "base64url");
  if (authTag.length !== TAG_BYTES) throw new Error("Unreadable ciphertext: the authentication tag is not 16 bytes");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(authTag);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** The key id a sealed value was written with (to find values still on an old key). */
export function keyIdOf(sealed: string): string | undefined {
  return sealed.split(":")[1];
}

/** The value sealed again under the primary key (the same text and row), or null when it already is. */
export function resealed(keyring: Keyring, sealed: string, associatedData: string): string | null {
  if (keyIdOf(sealed) === keyring.primaryId) return null;
  return encrypt(keyring, decrypt(keyring, sealed, associatedData), associatedData);
}
