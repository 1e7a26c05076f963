// Idempotency for order actions: the first request with a key runs and stores its answer; a retry or a
// double click with the same key (and body) gets that answer without calling the platform again, waiting
// if the first is still running; the same key with a different body is refused (422). Keys live 24 hours.
import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, lt } from "drizzle-orm";
import { ApiError } from "../api/errors";
import type { Db } from "../db";
import { idempotencyKeys } from "../db/schema";

export const KEY_TTL_MS = 24 * 60 * 60 * 1000;
const WAIT_FOR_FIRST_MS = 30_000;

/** The answer a key keeps: its status and JSON body (B: what the caller's route answers, success or error). */
export interface StoredResponse<B = unknown> {
  status: number;
  body: B;
}

export function requestHash(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

async function readKey(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

/** Runs `work` once per (user, key); concurrent and later callers with the same key get the stored response. */
export async function once<B>(
  db: Db,
  userId: string,
  key: string,
  hash: string,
  work: () => Promise<StoredResponse<B>>,
): Promise<StoredResponse<B> & { replayed: boolean }> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEY_TTL_MS)));
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash: hash, state: "pending" })
    .onConflictDoNothing()
    .returning();
  if (claimed) {
    let result: StoredResponse<B>;
    try {
      result = await work();
    } catch (error) {
      // Nothing reached a stored answer: free the key so the user can simply try again.
      await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      throw error;
    }
    await db
      .update(idempotencyKeys)
      .set({ state: "done", responseStatus: result.status, responseBody: result.body })
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return { ...result, replayed: false };
  }
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const row = await readKey(db, userId, key);
    if (!row) return once(db, userId, key, hash, work); // the first attempt crashed and released the key
    if (row.requestHash !== hash) {
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different request.",
      );
    }
    // The body is what `work` returned for this key (the hash matched), kept as JSON.
    if (row.state === "done") return { status: row.responseStatus ?? 200, body: row.responseBody as B, replayed: true };
    if (Date.now() > deadline)
      throw new ApiError(409, "in_progress", "The same action is still running; try again shortly.");
    await sleep(100);
  }
}
