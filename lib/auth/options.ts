// next-auth (v4) configuration: email + password sign-in, JWT sessions that carry the user id and
// session version (checked against the database on every request by lib/auth/authenticate.ts).
import "server-only";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { users } from "../db/schema";
import { env } from "../env";
import { clientIp } from "./client-ip";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { checkThrottle, recordAttempt } from "./throttle";
import { findUserByEmail } from "./users";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(1), password: z.string().min(1) });

export const SIGN_IN_MESSAGES = {
  wrong: "Wrong email or password.",
  deactivated: "This account has been deactivated. Ask an admin to reactivate it.",
  throttled: (minutes: number) =>
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
};

async function authorize(input: unknown, headers: Record<string, string | string[] | undefined>) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.wrong);
  const { email, password } = parsed.data;
  const ip = clientIp(headers);
  const db = await getDb();
  const fail = async (reason: string, actorId: string | null, message: string): Promise<never> => {
    await recordAttempt(db, email, ip, false);
    await recordAudit(db, {
      actor: { id: actorId, email },
      action: "auth.sign_in",
      outcome: "failure",
      ip,
      details: { reason },
    });
    throw new Error(message);
  };

  const throttle = await checkThrottle(db, email, ip);
  if (throttle.blocked) {
    await recordAudit(db, { actor: { id: null, email }, action: "auth.sign_in", outcome: "denied", ip, details: { reason: "throttled" } });
    throw new Error(SIGN_IN_MESSAGES.throttled(throttle.retryAfterMinutes));
  }
  const user = await findUserByEmail(db, email);
  if (!user) {
    await verifyAgainstDummy(password);
    return fail("unknown email", null, SIGN_IN_MESSAGES.wrong);
  }
  if (!(await verifyPassword(password, user.passwordHash))) return fail("wrong password", user.id, SIGN_IN_MESSAGES.wrong);
  // Only someone who knows the password learns that the account is deactivated.
  if (!user.active) return fail("deactivated", user.id, SIGN_IN_MESSAGES.deactivated);

  await recordAttempt(db, email, ip, true);
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit(db, { actor: user, action: "auth.sign_in", outcome: "success", ip });
  return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion };
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorize(credentials, req.headers ?? {}),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sv?: number }).sv;
        }
        return token;
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.uid) return;
        const db = await getDb();
        await recordAudit(db, {
          actor: { id: String(token.uid), email: token.email ?? null },
          action: "auth.sign_out",
          outcome: "success",
        });
      },
    },
  };
}
