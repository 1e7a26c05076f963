// Idempotency for order actions: the first request with a key runs and stores its answer; a retry or a
// double click with the same key (and body) gets that answer without calling the platform again, waiting
// if the first is still running; the same key with a different body is refused. Keys live 24 hours.
import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db";
import { idempotencyKeys } from "../db/schema";
import { ConflictError, InvalidInputError } from "../domain/errors";

export const KEY_TTL_MS = 24 * 60 * 60 * 1000;
const WAIT_FOR_FIRST_MS = 30_000;

/** How a key keeps its answer as JSON, and reads it back for a replay. */
export interface AnswerCodec<T> {
  keep(answer: T): unknown;
  revive(kept: unknown): T;
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

/** Runs `work` once per (user, key); concurrent and later callers with the same key get its kept answer. */
export async function once<T>(
  db: Db,
  userId: string,
  key: string,
  hash: string,
  work: () => Promise<T>,
  codec: AnswerCodec<T>,
): Promise<{ answer: T; replayed: boolean }> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEY_TTL_MS)));
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash: hash, state: "pending" })
    .onConflictDoNothing()
    .returning();
  if (claimed) {
    let answer: T;
    try {
      answer = await work();
    } catch (error) {
      // Nothing reached a stored answer: free the key so the user can simply try again.
      await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      throw error;
    }
    await db
      .update(idempotencyKeys)
      .set({ state: "done", responseBody: codec.keep(answer) })
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return { answer, replayed: false };
  }
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const row = await readKey(db, userId, key);
    if (!row) return once(db, userId, key, hash, work, codec); // the first attempt crashed and released the key
    if (row.requestHash !== hash) {
      const message = "This Idempotency-Key was already used for a different request.";
      throw new InvalidInputError(message, [], "idempotency_key_reused");
    }
    if (row.state === "done") return { answer: codec.revive(row.responseBody), replayed: true };
    if (Date.now() > deadline)
      throw new ConflictError("The same action is still running; try again shortly.", "in_progress");
    await sleep(100);
  }
}
