// Who is calling: a personal API token (Authorization: Bearer od_...) or the next-auth session cookie.
// Every route handler and server page goes through here; the proxy never decides access on its own.
import "server-only";
import { decode } from "next-auth/jwt";
import { ApiError } from "../api/errors";
import type { Db } from "../db";
import { isUnattended } from "../domain/attention";
import type { CurrentUser } from "../domain/user";
import { env } from "../env";
import { findActiveToken } from "./api-tokens";
import { resolveSession } from "./sessions";
import { toCurrentUser } from "./users";

export interface Authenticated {
  user: CurrentUser;
  via: "session" | "token";
  /** The browser session's id (via a session): changing one's password keeps it and ends the others. */
  sessionId: string | null;
  /** The API token (via a token): a token it creates may not outlive it. */
  token: { id: string; expiresAt: Date } | null;
  /** An admin reset the password: until the user picks a new one, only the change-password route answers. */
  mustChangePassword: boolean;
}

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** next-auth's cookie name: the `__Secure-` prefix applies when the app is served over https. */
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export interface SessionClaims {
  uid?: string;
  sv?: number;
  /** The server-side session (lib/auth/sessions.ts). */
  sid?: string;
}

async function fromToken(db: Db, value: string): Promise<Authenticated> {
  const found = await findActiveToken(db, value);
  if (!found?.owner.active) throw new ApiError(401, "invalid_token", "The API token is invalid, expired or revoked.");
  const { owner, token } = found;
  return {
    user: toCurrentUser(owner),
    via: "token",
    sessionId: null,
    token,
    mustChangePassword: owner.mustChangePassword,
  };
}

/**
 * Decoding a session cookie (a JWE: key derivation and decryption) is a pure function of the cookie, and the
 * costliest step of most requests: the result is kept per cookie until it expires (at most a minute). Nothing
 * that can change is cached: the session row and its user are read on every request, so signing out, a
 * deactivation or a role change ends the session at the very next request.
 */
const decoded = new Map<string, { claims: SessionClaims | null; until: number }>();
const DECODED_MAX = 1000;

async function decodeSession(raw: string): Promise<SessionClaims | null> {
  const now = Date.now();
  const hit = decoded.get(raw);
  if (hit && hit.until > now) return hit.claims;
  const claims = (await decode({ token: raw, secret: env().AUTH_SECRET }).catch(() => null)) as
    | (SessionClaims & { exp?: number })
    | null;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(raw, { claims, until: Math.min(now + 60_000, (claims?.exp ?? 0) * 1000) });
  return claims;
}

async function fromSession(db: Db, cookies: CookieReader, attended: boolean): Promise<Authenticated | null> {
  const raw = cookies.get(sessionCookieName())?.value;
  if (!raw) return null;
  const claims = await decodeSession(raw);
  // A cookie without a server-side session (issued before sessions were kept) is not a session.
  if (!claims?.uid || !claims.sid) return null;
  const row = await resolveSession(db, claims.sid, { touch: attended });
  // A deactivated user, or one whose role changed since sign-in, has a stale session version: it ends here.
  if (!row?.active || row.id !== claims.uid || row.sessionVersion !== claims.sv) return null;
  return {
    user: toCurrentUser(row),
    via: "session",
    sessionId: claims.sid,
    token: null,
    mustChangePassword: row.mustChangePassword,
  };
}

/** Returns the caller, or null when anonymous. Throws 401 for a bad API token (never falls back to the cookie). */
export async function authenticate(db: Db, headers: Headers, cookies: CookieReader): Promise<Authenticated | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const [scheme, token] = authorization.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) {
      throw new ApiError(401, "invalid_token", "Use `Authorization: Bearer <token>`.");
    }
    return fromToken(db, token);
  }
  // Only a person's requests keep the session from its idle timeout (lib/domain/attention.ts).
  return fromSession(db, cookies, !isUnattended(headers));
}
