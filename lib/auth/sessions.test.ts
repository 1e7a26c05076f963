// Browser sessions on both engines: a session cookie stands only while its server-side session does. Signing
// out, an idle spell and the absolute lifetime end it at the next request, decode cache or not, and
// next-auth's own session read stops renewing it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { encode, type JWT } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDbForTests } from "../db";
import type { DbHandle } from "../db/client";
import { sessions, users } from "../db/schema";
import { UNATTENDED_HEADER } from "../domain/attention";
import { env, resetEnvForTests } from "../env";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { openTestSession, type TestSession } from "../testing/session-cookie";
import { authenticate } from "./authenticate";
import { authOptions } from "./options";
import { endUserSessions, pruneSessions } from "./sessions";

const MINUTE = 60_000;

describe.each(TEST_DB_KINDS)("browser sessions on %s", (kind) => {
  let handle: DbHandle;
  let userId: string;

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-sessions-"));
    process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
    resetEnvForTests();
    handle = await openTestDatabase(kind);
    setDbForTests(handle);
    const [row] = await handle.db
      .insert(users)
      .values({ email: "pat@example.com", name: "Pat", role: "manager", passwordHash: "x" })
      .returning();
    userId = row!.id;
  }, 60_000);
  afterEach(() => {
    delete process.env.SESSION_MAX_HOURS;
    delete process.env.SESSION_IDLE_MINUTES;
    resetEnvForTests();
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await handle?.close();
  });

  const cookiesOf = (session: TestSession) => {
    const [name, value] = session.cookie.split("=") as [string, string];
    return { get: (wanted: string) => (wanted === name ? { value } : undefined) };
  };
  const whoIs = async (session: TestSession) =>
    (await authenticate(handle.db, new Headers(), cookiesOf(session)))?.user.id ?? null;
  const age = (session: TestSession, change: { createdAt?: Date; lastSeenAt?: Date }) =>
    handle.db.update(sessions).set(change).where(eq(sessions.id, session.sid));
  const events = () => authOptions().events!;
  const readSession = (session: TestSession) =>
    authOptions().callbacks!.jwt!({ token: session.claims as unknown as JWT } as never);

  it("ends a saved session cookie at sign-out, although its decoding is cached", async () => {
    const session = await openTestSession(handle.db, userId);
    expect(await whoIs(session)).toBe(userId);
    await events().signOut!({ token: session.claims as unknown as JWT, session: undefined as never });
    expect(await whoIs(session)).toBeNull();
    // next-auth's /api/auth/session would otherwise reissue the cookie with a fresh expiry.
    await expect(readSession(session)).rejects.toThrow("The session has ended.");
  });

  it("leaves the user's other sessions open at sign-out", async () => {
    const laptop = await openTestSession(handle.db, userId);
    const phone = await openTestSession(handle.db, userId);
    await events().signOut!({ token: laptop.claims as unknown as JWT, session: undefined as never });
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBe(userId);
    await expect(readSession(phone)).resolves.toMatchObject({ sid: phone.sid });
  });

  it("ends a session after SESSION_IDLE_MINUTES (60 by default) without a request", async () => {
    const session = await openTestSession(handle.db, userId);
    await age(session, { lastSeenAt: new Date(Date.now() - 59 * MINUTE) });
    expect(await whoIs(session)).toBe(userId);
    // That request was activity: the clock starts again.
    const [touched] = await handle.db.select().from(sessions).where(eq(sessions.id, session.sid));
    expect(Date.now() - touched!.lastSeenAt.getTime()).toBeLessThan(MINUTE);

    await age(session, { lastSeenAt: new Date(Date.now() - 61 * MINUTE) });
    expect(await whoIs(session)).toBeNull();

    const short = await openTestSession(handle.db, userId);
    process.env.SESSION_IDLE_MINUTES = "15";
    resetEnvForTests();
    await age(short, { lastSeenAt: new Date(Date.now() - 16 * MINUTE) });
    expect(await whoIs(short)).toBeNull();
  });

  it("counts only attended requests as activity: a tab refreshing itself, or an event stream, does not", async () => {
    const session = await openTestSession(handle.db, userId);
    const lastSeen = async () =>
      (await handle.db.select().from(sessions).where(eq(sessions.id, session.sid)))[0]!.lastSeenAt.getTime();
    const ask = (headers: Record<string, string>) => authenticate(handle.db, new Headers(headers), cookiesOf(session));
    const earlier = new Date(Date.now() - 30 * MINUTE);
    await age(session, { lastSeenAt: earlier });
    expect((await ask({ [UNATTENDED_HEADER]: "1" }))?.user.id).toBe(userId);
    expect((await ask({ accept: "text/event-stream" }))?.user.id).toBe(userId);
    expect(await lastSeen()).toBe(earlier.getTime());
    await ask({ accept: "application/json" });
    expect(Date.now() - (await lastSeen())).toBeLessThan(MINUTE);
    // Left alone past the idle timeout, the refreshing tab is signed out.
    await age(session, { lastSeenAt: new Date(Date.now() - 61 * MINUTE) });
    expect(await ask({ [UNATTENDED_HEADER]: "1" })).toBeNull();
  });

  it("ends a session SESSION_MAX_HOURS (12 by default) after sign-in, however active", async () => {
    const session = await openTestSession(handle.db, userId);
    await age(session, { createdAt: new Date(Date.now() - 11.9 * 60 * MINUTE) });
    expect(await whoIs(session)).toBe(userId);
    await age(session, { createdAt: new Date(Date.now() - 12 * 60 * MINUTE - 1000), lastSeenAt: new Date() });
    expect(await whoIs(session)).toBeNull();
    await expect(readSession(session)).rejects.toThrow("The session has ended.");

    // The limit is read at each request, so raising it applies to open sessions too.
    process.env.SESSION_MAX_HOURS = "24";
    resetEnvForTests();
    expect(await whoIs(session)).toBe(userId);
  });

  it("refuses a cookie that names no server-side session, or another user's", async () => {
    const session = await openTestSession(handle.db, userId);
    const [other] = await handle.db
      .insert(users)
      .values({ email: "kim@example.com", name: "Kim", role: "admin", passwordHash: "x" })
      .returning();
    const forge = async (claims: Record<string, unknown>): Promise<TestSession> => ({
      ...session,
      cookie: `next-auth.session-token=${await encode({ token: claims, secret: env().AUTH_SECRET })}`,
    });
    expect(await whoIs(await forge({ uid: userId, sv: 1 }))).toBeNull();
    expect(await whoIs(await forge({ uid: userId, sv: 1, sid: crypto.randomUUID() }))).toBeNull();
    expect(await whoIs(await forge({ uid: other!.id, sv: 1, sid: session.sid }))).toBeNull();
  });

  it("ends all of a user's sessions but the one kept, and prunes dead ones after a day", async () => {
    const keep = await openTestSession(handle.db, userId);
    const other = await openTestSession(handle.db, userId);
    await endUserSessions(handle.db, userId, keep.sid);
    expect(await whoIs(keep)).toBe(userId);
    expect(await whoIs(other)).toBeNull();

    const ids = async () =>
      (await handle.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).map(
        (row) => row.id,
      );
    await pruneSessions(handle.db);
    expect(await ids()).toEqual(expect.arrayContaining([keep.sid, other.sid]));
    await pruneSessions(handle.db, new Date(Date.now() + 26 * 60 * MINUTE));
    expect(await ids()).not.toEqual(expect.arrayContaining([keep.sid]));
    expect(await ids()).not.toEqual(expect.arrayContaining([other.sid]));
  });
});
