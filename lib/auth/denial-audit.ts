// Refusals in the audit log without letting a flood fill it: at most one entry per key (who, from where, what)
// per minute. The refusals in between are only counted, and the key's next entry says how many it stands for
// (`details.repeats`). Kept in this instance's memory: with N instances a key writes at most N entries a minute,
// and a restart forgets nothing worth keeping.
import "server-only";
import { type AuditInput, recordAudit } from "../audit/record";
import type { Db } from "../db";

const WINDOW_MS = 60_000;
/** Bounds the memory a flood of distinct keys (many addresses) can take; the oldest keys go first. */
const MAX_KEYS = 10_000;

const recent = new Map<string, { until: number; repeats: number }>();

function makeRoom(now: number): void {
  if (recent.size < MAX_KEYS) return;
  for (const [key, entry] of recent) if (entry.until <= now) recent.delete(key);
  while (recent.size >= MAX_KEYS) recent.delete(recent.keys().next().value!);
}

/** Writes the refusal unless the same key wrote one less than a minute ago; returns whether it wrote. */
export async function recordDenial(db: Db, key: string, input: AuditInput, now = Date.now()): Promise<boolean> {
  const seen = recent.get(key);
  if (seen && seen.until > now) {
    seen.repeats++;
    return false;
  }
  recent.delete(key);
  makeRoom(now);
  recent.set(key, { until: now + WINDOW_MS, repeats: 0 });
  const repeats = seen?.repeats ?? 0;
  await recordAudit(db, { ...input, details: { ...input.details, ...(repeats > 0 ? { repeats } : {}) } });
  return true;
}
