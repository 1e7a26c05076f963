// The retry policy's small pieces. Only GETs are retried: a POST/PUT/PATCH/DELETE that timed out or got
// a 503 may still have been applied upstream, and repeating it could cancel or invoice twice.
import "server-only";
import { setTimeout as delay } from "node:timers/promises";

/** Answers worth a second try: gateways and overload (the request most likely never reached the app). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** 200 ms × 2^attempt, ±50 % jitter so callers that failed together do not return together. */
export function backoffMs(attempt: number): number {
  return Math.round(200 * 2 ** attempt * (0.5 + Math.random()));
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason (not timers' AbortError) as soon as it aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  }
}
