// next-auth (v4) configuration: email + password sign-in (sign-in.ts), and a JWT session cookie that carries
// the user id, the session version and the server-side session's id (sid). lib/auth/authenticate.ts checks
// all three against the database on every request; signing out ends the server-side session.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { env } from "../env";
import { endSession, resolveSession } from "./sessions";
import { authorizeCredentials, SignInThrottled, type SignedInUser } from "./sign-in";
import { signInAnswer } from "./sign-in-answer";

/** Thrown from the jwt callback so next-auth's /api/auth/session clears the cookie instead of renewing it. */
class SessionEnded extends Error {
  override name = "SessionEnded";
}

async function stillOpen(token: JWT): Promise<boolean> {
  if (typeof token.sid !== "string" || typeof token.uid !== "string") return false;
  const user = await resolveSession(await getDb(), token.sid, { touch: false });
  return Boolean(user?.active && user.id === token.uid && user.sessionVersion === token.sv);
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    // The cookie never outlives the absolute lifetime; the server-side session enforces it (and the idle limit).
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, req) => {
          const answer = signInAnswer();
          try {
            const { user, deviceCookie } = await authorizeCredentials(await getDb(), credentials, req.headers ?? {});
            answer?.setCookies.push(deviceCookie);
            return user;
          } catch (error) {
            if (answer && error instanceof SignInThrottled) answer.retryAfterSeconds = error.retryAfterSeconds;
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedInUser;
          return { ...token, uid: signedIn.id, sv: signedIn.sv, sid: signedIn.sid };
        }
        if (!(await stillOpen(token))) throw new SessionEnded("The session has ended.");
        return token;
      },
    },
    logger: {
      // An ended session read through /api/auth/session is routine, not an error worth a stack trace.
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (code === "JWT_SESSION_ERROR" && error instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.uid) return;
        const db = await getDb();
        if (typeof token.sid === "string") await endSession(db, token.sid);
        await recordAudit(db, {
          actor: { id: String(token.uid), email: token.email ?? null },
          action: "auth.sign_out",
          outcome: "success",
        });
      },
    },
  };
}
