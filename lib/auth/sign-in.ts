// Email + password sign-in (next-auth's credentials `authorize`): throttle, password check, audit, and a
// server-side session (lib/auth/sessions.ts) whose id the session cookie carries.
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import { users } from "../db/schema";
import { clientIp } from "./client-ip";
import { recordDenial } from "./denial-audit";
import { knownDevice, rememberDevice } from "./device-cookie";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { openSession, pruneSessions } from "./sessions";
import { markAttemptSucceeded, pruneSignInAttempts, reserveAttempt } from "./throttle";
import { findUserByEmail } from "./users";

// Bounded, so an attacker cannot make each attempt hash megabytes or fill the attempts table with huge rows.
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const SIGN_IN_MESSAGES = {
  wrong: "Wrong email or password.",
  deactivated: "This account has been deactivated. Ask an admin to reactivate it.",
  throttled: (seconds: number) => `Too many attempts, try again in ${seconds} s.`,
};

/** The throttle made the attempt wait: next-auth shows the message, the route adds Retry-After (options.ts). */
export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(SIGN_IN_MESSAGES.throttled(retryAfterSeconds));
    this.name = "SignInThrottled";
  }
}

/** What next-auth keeps of a signed-in user: `sv` and `sid` go into the session cookie (options.ts). */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sv: number;
  sid: string;
}

/** A sign-in that worked: the user, and the Set-Cookie header that remembers this device for them. */
export interface SignInSuccess {
  user: SignedInUser;
  deviceCookie: string;
}

const PRUNE_EVERY_MS = 3_600_000;
let lastPrune = 0;

/** Old attempts and dead sessions go at most once an hour, off the sign-in's path (a flood of failures too). */
function pruneNowAndThen(db: Db): void {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  void Promise.all([pruneSignInAttempts(db), pruneSessions(db)]).catch((error: unknown) =>
    console.error("sign-in: pruning old attempts and sessions failed:", error instanceof Error ? error.message : error),
  );
}

/** Returns the user, or throws an Error whose message the login form shows. */
export async function authorizeCredentials(
  db: Db,
  input: unknown,
  headers: Headers | Record<string, string | string[] | undefined>,
): Promise<SignInSuccess> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.wrong);
  const { email, password } = parsed.data;
  const ip = clientIp(headers);
  pruneNowAndThen(db);
  const audit = (actorId: string | null, outcome: "failure", reason: string) =>
    recordAudit(db, { actor: { id: actorId, email }, action: "auth.sign_in", outcome, ip, details: { reason } });

  // The attempt is counted as a failure before the password is checked (see throttle.ts).
  const device = knownDevice(headers, email);
  const attempt = await reserveAttempt(db, { email, ip, device });
  if (attempt.blocked) {
    // A flood of refused attempts writes one entry a minute per IP (with how many it stands for), however many
    // emails it tries.
    await recordDenial(db, `sign-in ${ip}`, {
      actor: { id: null, email },
      action: "auth.sign_in",
      outcome: "denied",
      ip,
      details: { reason: "throttled", knownDevice: device !== null },
    });
    throw new SignInThrottled(attempt.retryAfterSeconds);
  }
  const user = await findUserByEmail(db, email);
  if (!user) {
    await verifyAgainstDummy(password);
    await audit(null, "failure", "unknown email");
    throw new Error(SIGN_IN_MESSAGES.wrong);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await audit(user.id, "failure", "wrong password");
    throw new Error(SIGN_IN_MESSAGES.wrong);
  }
  // Only someone who knows the password learns that the account is deactivated.
  if (!user.active) {
    await audit(user.id, "failure", "deactivated");
    throw new Error(SIGN_IN_MESSAGES.deactivated);
  }

  await markAttemptSucceeded(db, attempt.attemptId);
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  const sid = await openSession(db, user.id, ip);
  await recordAudit(db, {
    actor: user,
    action: "auth.sign_in",
    outcome: "success",
    ip,
    details: { knownDevice: device !== null },
  });
  return {
    user: { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion, sid },
    deviceCookie: rememberDevice(headers, email),
  };
}
