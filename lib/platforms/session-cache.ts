// Login tokens for the platforms with a login flow (Akinon Seller Center, Akinon Omnitron): one login per
// connection shared by every request in the process, instead of one per page view. An entry is tied to a
// SHA-256 fingerprint of the credentials, so an admin's edit of them forces a fresh login, and the hash is
// all that is kept of them. Kept on globalThis so Next's module reloads do not log everyone in again.
import "server-only";
import { createHash } from "node:crypto";

export interface SessionKey {
  connectionId: string;
  /** Everything the login depends on (credentials, and the base URL if the adapter wishes). */
  credentials: Record<string, string>;
}

interface Entry {
  fingerprint: string;
  token?: string;
  pending?: Promise<string>;
}

export interface TokenCache {
  /** The cached token, or the result of `login`; concurrent callers share one login. */
  get(key: SessionKey, login: () => Promise<string>): Promise<string>;
  /** Forgets the token; with `token`, only if it is still that one (a newer login is kept). */
  invalidate(key: SessionKey, token?: string): void;
}

const store = globalThis as typeof globalThis & { __orderdeckSessions?: Map<string, Entry> };

export function credentialsFingerprint(credentials: Record<string, string>): string {
  const canonical = JSON.stringify(Object.entries(credentials).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash("sha256").update(canonical).digest("hex");
}

export function createTokenCache(): TokenCache {
  store.__orderdeckSessions ??= new Map();
  const entries = store.__orderdeckSessions;

  const entryFor = (key: SessionKey): Entry => {
    const fingerprint = credentialsFingerprint(key.credentials);
    const current = entries.get(key.connectionId);
    if (current?.fingerprint === fingerprint) return current;
    // Different credentials: the old session (and any login in flight with them) is dropped.
    const fresh: Entry = { fingerprint };
    entries.set(key.connectionId, fresh);
    return fresh;
  };

  return {
    get(key, login) {
      const entry = entryFor(key);
      if (entry.token !== undefined) return Promise.resolve(entry.token);
      if (entry.pending) return entry.pending;
      const pending = login().then(
        (token) => {
          // Only the entry that asked keeps the token: credentials may have changed meanwhile.
          if (entry.pending === pending) {
            entry.token = token;
            entry.pending = undefined;
          }
          return token;
        },
        (error: unknown) => {
          // A failed login is not cached: the next caller tries again (the admin may have fixed the password).
          if (entry.pending === pending) entry.pending = undefined;
          throw error;
        },
      );
      entry.pending = pending;
      return pending;
    },
    invalidate(key, token) {
      const entry = entries.get(key.connectionId);
      if (!entry || entry.fingerprint !== credentialsFingerprint(key.credentials)) return;
      if (token === undefined || entry.token === token) entry.token = undefined;
    },
  };
}

/**
 * Calls with the cached token; on a 401 (the token expired or was revoked) logs in once more and retries
 * once. Concurrent callers that all got a 401 share that one new login.
 */
export async function withSession<T>(
  cache: TokenCache,
  key: SessionKey,
  login: () => Promise<string>,
  call: (token: string) => Promise<{ status: number } & T>,
): Promise<T & { status: number }> {
  const token = await cache.get(key, login);
  const first = await call(token);
  if (first.status !== 401) return first;
  cache.invalidate(key, token);
  return call(await cache.get(key, login));
}
