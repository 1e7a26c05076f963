// Sign-in throttle: each consecutive failure makes the next attempt wait a little longer (0, 0, 1, 2, 4, 8 … s,
// at most MAX_DELAY_SECONDS), counted in the database so that every app instance behind a load balancer agrees.
// A growing delay instead of a lockout: five wrong guesses used to lock the owner out for 15 minutes, so anyone
// could keep any account locked. Now a guesser gets about two tries a minute, and the owner, signing in from a
// device they signed in from before (device-cookie.ts), is counted apart and not held up at all.
//
// Three counts, each keeping its own delay:
// - a known device: its own failures since its last success (whatever happens elsewhere);
// - an account, for attempts from unknown devices: their failures since the last success from one;
// - an IP, for attempts from unknown devices: its failures over the last IP_WINDOW_MINUTES, whatever the accounts
//   (one address spraying many accounts), with more free failures since an office may share one address.
//
// Checking and counting are one step: an attempt is written (as a failure) under a lock on its email and IP
// before its password is checked, and only a correct password turns it into a success. Reading the count,
// checking the password and only then writing the failure let 30 parallel guesses all through.
import "server-only";
import { and, count, eq, gt, isNull, lt, max, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db";
import { signInAttempts } from "../db/schema";
import { UNKNOWN_IP } from "./client-ip";

/** Failures allowed before the delay starts: per account (or known device), and per IP. */
export const FREE_FAILURES = { account: 2, ip: 5 } as const;
export const MAX_DELAY_SECONDS = 30;
export const IP_WINDOW_MINUTES = 15;
/** Failures further back count for nothing (pruneSignInAttempts deletes them). */
const MEMORY_MS = 86_400_000;

/** Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)); taken in this order, so never deadlock. */
const LOCK_EMAIL = 7_250_311;
const LOCK_IP = 7_250_312;

export interface AttemptSource {
  email: string;
  ip: string;
  /** The known device the attempt carries (device-cookie.ts), or null. */
  device: string | null;
}

export type ThrottleVerdict =
  | { blocked: true; retryAfterSeconds: number }
  | { blocked: false /** The attempt, written as a failure until markAttemptSucceeded. */; attemptId: number };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** How long after the last of `failures` consecutive failures the next attempt waits. */
export function delaySeconds(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - free));
}

interface Count {
  /** Failures of this kind that still count, and the latest of them. */
  where: SQL;
  /** The successes after which earlier failures no longer count (none: a fixed window). */
  resetBy?: SQL;
  since: Date;
  free: number;
}

async function secondsToWait(tx: Tx, rule: Count, now: Date): Promise<number> {
  let since = rule.since;
  if (rule.resetBy) {
    const [success] = await tx
      .select({ at: max(signInAttempts.at) })
      .from(signInAttempts)
      .where(and(rule.resetBy, eq(signInAttempts.succeeded, true), gt(signInAttempts.at, since)));
    if (success?.at) since = success.at;
  }
  const [row] = await tx
    .select({ failures: count(), last: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(rule.where, eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
  const delay = delaySeconds(row?.failures ?? 0, rule.free);
  if (delay === 0 || !row?.last) return 0;
  return Math.max(0, Math.ceil((row.last.getTime() + delay * 1000 - now.getTime()) / 1000));
}

function countsFor({ email, ip, device }: AttemptSource, now: Date): Count[] {
  const dayAgo = new Date(now.getTime() - MEMORY_MS);
  if (device) {
    const fromDevice = and(eq(signInAttempts.email, email), eq(signInAttempts.device, device))!;
    return [{ where: fromDevice, resetBy: fromDevice, since: dayAgo, free: FREE_FAILURES.account }];
  }
  // The owner signing in on their own device does not give a guesser new free tries.
  const fromElsewhere = and(eq(signInAttempts.email, email), isNull(signInAttempts.device))!;
  const counts: Count[] = [
    { where: fromElsewhere, resetBy: fromElsewhere, since: dayAgo, free: FREE_FAILURES.account },
  ];
  // An unknown IP (client-ip.ts could not tell) is not counted: every such client would share one bucket.
  if (ip !== UNKNOWN_IP) {
    counts.push({
      where: and(eq(signInAttempts.ip, ip), isNull(signInAttempts.device))!,
      since: new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000),
      free: FREE_FAILURES.ip,
    });
  }
  return counts;
}

/**
 * Refuses the attempt while one of its counts makes it wait, else writes it as a failure and returns its id.
 * A refused attempt is not written: hammering does not lengthen the wait, it only gets refused.
 */
export async function reserveAttempt(db: Db, source: AttemptSource, now = new Date()): Promise<ThrottleVerdict> {
  const { email, ip, device } = source;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_EMAIL}, hashtext(${email}))`);
    // A known device is counted under its email alone; the IP's lock is only needed when the IP is counted.
    if (!device && ip !== UNKNOWN_IP) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_IP}, hashtext(${ip}))`);
    let wait = 0;
    for (const rule of countsFor(source, now)) wait = Math.max(wait, await secondsToWait(tx, rule, now));
    if (wait > 0) return { blocked: true, retryAfterSeconds: wait } as const;
    const [row] = await tx
      .insert(signInAttempts)
      .values({ email, ip, device, succeeded: false, at: now })
      .returning({ id: signInAttempts.id });
    return { blocked: false, attemptId: row!.id } as const;
  });
}

export async function markAttemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** Attempts older than a day count for nothing any more. */
export async function pruneSignInAttempts(db: Db, now = new Date()): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - MEMORY_MS)));
}
