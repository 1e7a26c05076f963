// Sign-in throttle: 5 failures in 15 minutes per account and per IP, counted in the database so that
// every app instance behind a load balancer sees the same count.
//
// Checking and counting are one step: an attempt is written (as a failure) under a lock on its email and
// IP before its password is checked, and only a correct password turns it into a success. Reading the
// count, checking the password and only then writing the failure let 30 parallel guesses all through.
import "server-only";
import { and, count, eq, gt, lt, min, sql } from "drizzle-orm";
import type { Db } from "../db";
import { signInAttempts } from "../db/schema";
import { UNKNOWN_IP } from "./client-ip";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/** Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)); taken in this order, so never deadlock. */
const LOCK_EMAIL = 7_250_311;
const LOCK_IP = 7_250_312;

export type ThrottleVerdict =
  | { blocked: true; /** Minutes until the oldest counted failure leaves the window. */ retryAfterMinutes: number }
  | { blocked: false; /** The attempt, written as a failure until markAttemptSucceeded. */ attemptId: number };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function failuresSince(tx: Tx, column: "email" | "ip", value: string, since: Date) {
  const [row] = await tx
    .select({ total: count(), oldest: min(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts[column], value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
  return { total: row?.total ?? 0, oldest: row?.oldest ?? undefined };
}

/**
 * Refuses the attempt when the email or the IP has used up its failures, else writes it as a failure and
 * returns its id. An unknown IP (lib/auth/client-ip.ts could not tell) is not counted: it would put every
 * such client in one bucket, so one person's guesses would lock everybody out.
 */
export async function reserveAttempt(db: Db, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const keys = ip === UNKNOWN_IP ? ([["email", email]] as const) : ([["email", email], ["ip", ip]] as const);
  return db.transaction(async (tx) => {
    for (const [column, value] of keys) {
      await tx.execute(sql`select pg_advisory_xact_lock(${column === "email" ? LOCK_EMAIL : LOCK_IP}, hashtext(${value}))`);
    }
    for (const [column, value] of keys) {
      const { total, oldest } = await failuresSince(tx, column, value, since);
      if (total >= MAX_FAILURES) {
        const freesAt = (oldest ?? now).getTime() + WINDOW_MINUTES * 60_000;
        return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freesAt - now.getTime()) / 60_000)) } as const;
      }
    }
    const [row] = await tx.insert(signInAttempts).values({ email, ip, succeeded: false, at: now }).returning({ id: signInAttempts.id });
    return { blocked: false, attemptId: row!.id } as const;
  });
}

export async function markAttemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** Attempts older than a day count for nothing any more. */
export async function pruneSignInAttempts(db: Db, now = new Date()): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - 86_400_000)));
}
