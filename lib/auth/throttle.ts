// Sign-in throttle: 5 failures in 15 minutes per account and per IP, counted in the database so that
// every app instance behind a load balancer sees the same count.
import "server-only";
import { and, count, eq, gt, min } from "drizzle-orm";
import type { Db } from "../db";
import { signInAttempts } from "../db/schema";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export interface ThrottleVerdict {
  blocked: boolean;
  /** Minutes until the oldest counted failure leaves the window. */
  retryAfterMinutes: number;
}

async function failuresSince(db: Db, column: "email" | "ip", value: string, since: Date) {
  const [row] = await db
    .select({ total: count(), oldest: min(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts[column], value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
  return { total: row?.total ?? 0, oldest: row?.oldest ?? undefined };
}

export async function checkThrottle(db: Db, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  for (const [column, value] of [["email", email], ["ip", ip]] as const) {
    const { total, oldest } = await failuresSince(db, column, value, since);
    if (total >= MAX_FAILURES) {
      const freesAt = (oldest ?? now).getTime() + WINDOW_MINUTES * 60_000;
      return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freesAt - now.getTime()) / 60_000)) };
    }
  }
  return { blocked: false, retryAfterMinutes: 0 };
}

export async function recordAttempt(db: Db, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}
