// Browser sessions kept server-side. next-auth's JWT cookie only names a row here (claim `sid`); the row
// decides whether the session stands, so signing out, an idle spell or the absolute lifetime end it at the
// next request whatever the cookie says (next-auth reissues the cookie with a fresh expiry on every read).
import "server-only";
import { and, eq, gt, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../db";
import { sessions, users } from "../db/schema";
import { env } from "../env";

type UserRow = typeof users.$inferSelect;
type SessionRow = typeof sessions.$inferSelect;

/** Activity is written at most this often: a page makes several requests at once. */
const TOUCH_EVERY_MS = 60_000;

function limits() {
  const { SESSION_MAX_HOURS, SESSION_IDLE_MINUTES } = env();
  return { maxMs: SESSION_MAX_HOURS * 3_600_000, idleMs: SESSION_IDLE_MINUTES * 60_000 };
}

/** Why a session no longer stands, or null while it does. */
export function sessionEndReason(row: SessionRow, now: Date): "signed out" | "expired" | "idle" | null {
  const { maxMs, idleMs } = limits();
  if (row.endedAt) return "signed out";
  if (now.getTime() - row.createdAt.getTime() >= maxMs) return "expired";
  if (now.getTime() - row.lastSeenAt.getTime() >= idleMs) return "idle";
  return null;
}

export async function openSession(db: Db, userId: string, ip: string, now = new Date()): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, ip, createdAt: now, lastSeenAt: now })
    .returning({ id: sessions.id });
  return row!.id;
}

/**
 * The session's user while the session stands (one query), else null. `touch` records the request as
 * activity; next-auth's own session reads pass false, so a polling tab does not keep a session alive.
 */
export async function resolveSession(
  db: Db,
  sid: string,
  options: { touch: boolean; now?: Date },
): Promise<UserRow | null> {
  const now = options.now ?? new Date();
  const [found] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sid))
    .limit(1);
  if (!found || sessionEndReason(found.session, now)) return null;
  if (options.touch && now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, sid), lt(sessions.lastSeenAt, now)));
  }
  return found.user;
}

export async function endSession(db: Db, sid: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.id, sid), isNull(sessions.endedAt)));
}

/** Ends every live session of the user (all but `keep`, e.g. the one that changed the password); returns how many. */
export async function endUserSessions(db: Db, userId: string, keep?: string, now = new Date()): Promise<number> {
  const { maxMs, idleMs } = limits();
  const open = and(
    eq(sessions.userId, userId),
    isNull(sessions.endedAt),
    gt(sessions.createdAt, new Date(now.getTime() - maxMs)),
    gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
  );
  const ended = await db
    .update(sessions)
    .set({ endedAt: now })
    .where(keep ? and(open, ne(sessions.id, keep)) : open)
    .returning({ id: sessions.id });
  return ended.length;
}

/** Deletes sessions that can no longer stand (ended, idle or past their lifetime), keeping a day for support questions. */
export async function pruneSessions(db: Db, now = new Date()): Promise<void> {
  const { maxMs, idleMs } = limits();
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.endedAt, dayAgo),
        lt(sessions.createdAt, new Date(dayAgo.getTime() - maxMs)),
        lt(sessions.lastSeenAt, new Date(dayAgo.getTime() - idleMs)),
      ),
    );
}
