// A browser session for tests that call route handlers directly: the server-side session row and the
// next-auth cookie naming it, as signing in through next-auth would make them.
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "../auth/authenticate";
import { openSession } from "../auth/sessions";
import type { Db } from "../db";
import { env } from "../env";

export interface TestSession {
  /** The `Cookie` header value. */
  cookie: string;
  sid: string;
  /** The JWT's claims, as next-auth hands them to its callbacks and events. */
  claims: { uid: string; sv: number; sid: string; email?: string };
}

export async function openTestSession(
  db: Db,
  userId: string,
  options: { sv?: number; ip?: string } = {},
): Promise<TestSession> {
  const sid = await openSession(db, userId, options.ip ?? "192.0.2.1");
  const claims = { uid: userId, sv: options.sv ?? 1, sid };
  const token = await encode({ token: claims, secret: env().AUTH_SECRET });
  return { cookie: `${sessionCookieName()}=${token}`, sid, claims };
}
