// Passwords through the real route handlers: changing one's own (the current password asked for, under the
// sign-in throttle; the other sessions end, this one goes on) and an admin's reset (a temporary password, every
// session ended, and nothing but the change-password route until the user picks a new one). Both audited.
import { and, asc, eq, isNull } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/me/route";
import { POST as changePassword } from "@/app/api/me/password/route";
import { GET as listUsers } from "@/app/api/users/route";
import { POST as resetPassword } from "@/app/api/users/[id]/password/route";
import { createApiToken } from "../auth/api-tokens";
import { hashPassword, verifyPassword } from "../auth/password";
import { authorizeCredentials } from "../auth/sign-in";
import type { DbHandle } from "../db/client";
import { auditEvents, sessions, users } from "../db/schema";
import { closeAppTestDatabase, openAppTestDatabase } from "../testing/app-database";
import { openTestSession } from "../testing/session-cookie";

const ORIGIN = "http://127.0.0.1:3997";
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let handle: DbHandle;
const ids = { admin: "", pat: "", sam: "", max: "" };

beforeAll(async () => {
  handle = await openAppTestDatabase("passwords", ORIGIN);
  const passwordHash = await hashPassword("the old password");
  const rows = await handle.db
    .insert(users)
    .values([
      { email: "admin@example.com", name: "Ada Admin", role: "admin", passwordHash },
      { email: "pat@example.com", name: "Pat", role: "fulfillment", passwordHash },
      { email: "sam@example.com", name: "Sam", role: "manager", passwordHash },
      { email: "max@example.com", name: "Max", role: "manager", passwordHash },
    ])
    .returning();
  [ids.admin, ids.pat, ids.sam, ids.max] = rows.map((row) => row.id) as [string, string, string, string];
}, 60_000);
afterAll(() => closeAppTestDatabase(handle));

/** Calls a route handler as a browser (cookie + Origin) or a script (bearer token) would. */
async function call(
  handler: Handler,
  pathname: string,
  auth: { cookie: string } | { token: string },
  body?: unknown,
  params = {},
) {
  const headers = new Headers({ "content-type": "application/json", origin: ORIGIN });
  if ("cookie" in auth) headers.set("cookie", auth.cookie);
  else headers.set("authorization", `Bearer ${auth.token}`);
  const method = body === undefined ? "GET" : "POST";
  const request = new NextRequest(new URL(pathname, ORIGIN), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, never> };
}

const change = (auth: { cookie: string } | { token: string }, currentPassword: string, newPassword: string) =>
  call(changePassword, "/api/me/password", auth, { currentPassword, newPassword });
const session = async (userId: string) => ({ cookie: (await openTestSession(handle.db, userId)).cookie });
const passwordOf = async (userId: string) => (await handle.db.select().from(users).where(eq(users.id, userId)))[0]!;
const audited = (action: string, targetId: string) =>
  handle.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))
    .orderBy(asc(auditEvents.id));

describe("changing one's own password", () => {
  it("asks for the current password, then ends the other sessions and keeps this one", async () => {
    const here = await session(ids.pat);
    const elsewhere = await session(ids.pat);
    const wrong = await change(here, "a guess", "a brand new password");
    expect(wrong.status).toBe(422);
    expect(wrong.json).toMatchObject({
      error: { details: { issues: [{ path: "body.currentPassword", message: "This is not your current password" }] } },
    });
    expect((await call(getMe, "/api/me", elsewhere)).status).toBe(200);

    const changed = await change(here, "the old password", "a brand new password");
    expect(changed).toMatchObject({ status: 200, json: { endedSessions: 1 } });
    expect((await call(getMe, "/api/me", here)).status).toBe(200);
    expect((await call(getMe, "/api/me", elsewhere)).status).toBe(401);
    const row = await passwordOf(ids.pat);
    expect(await verifyPassword("a brand new password", row.passwordHash)).toBe(true);
    expect(await verifyPassword("the old password", row.passwordHash)).toBe(false);

    const outcomes = (await audited("user.password_change", ids.pat)).map((event) => [event.outcome, event.details]);
    expect(outcomes).toEqual([
      ["failure", { reason: "wrong current password" }],
      ["success", { email: "pat@example.com", endedSessions: 1, required: false }],
    ]);
  });

  it("wants 12 characters or more, and another password than the current one (422 with the field's path)", async () => {
    const here = await session(ids.sam);
    const short = await change(here, "the old password", "too short");
    expect(short.status).toBe(422);
    expect(short.json).toMatchObject({
      error: { details: { issues: [{ path: "body.newPassword", message: "Use at least 12 characters" }] } },
    });
    const same = await change(here, "the old password", "the old password");
    expect(same.json).toMatchObject({ error: { details: { issues: [{ path: "body.newPassword" }] } } });
  });

  it("is refused to an API token, even its owner's", async () => {
    const { token } = await createApiToken(handle.db, ids.sam, { name: "script" });
    const refused = await change({ token }, "the old password", "a brand new password");
    expect(refused.status).toBe(403);
    expect(await verifyPassword("the old password", (await passwordOf(ids.sam)).passwordHash)).toBe(true);
  });

  it("makes a borrowed session guessing the current password wait, as a sign-in would (429 with Retry-After)", async () => {
    const borrowed = await session(ids.sam);
    const answers = [];
    // The wait grows with each wrong guess (0, 0, 1, 2, 4 … s): on a busy machine a guess (a password hash) can
    // take longer than the first waits, so guess on until one is told to wait, as an attacker would.
    for (let i = 0; i < 8 && answers.at(-1)?.status !== 429; i++) {
      answers.push(await change(borrowed, `guess ${i}`, "a brand new password"));
    }
    expect(answers.slice(0, 2).map((answer) => answer.status)).toEqual([422, 422]);
    const waiting = answers.at(-1)!;
    expect(waiting.status).toBe(429);
    expect(waiting.json).toMatchObject({
      error: { code: "too_many_attempts", message: expect.stringMatching(/^Too many attempts, try again in \d+ s\.$/) },
    });
    expect(Number(waiting.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("an admin's password reset", () => {
  const admin = async () => session(ids.admin);

  it("makes up a temporary password shown once, ends every session of the user, and is audited without it", async () => {
    const victim = await session(ids.pat);
    const { token } = await createApiToken(handle.db, ids.pat, { name: "script" });
    const open = await handle.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, ids.pat), isNull(sessions.endedAt)));
    expect(open.length).toBeGreaterThan(0);
    const reset = await call(resetPassword, `/api/users/${ids.pat}/password`, await admin(), {}, { id: ids.pat });
    expect(reset.status).toBe(200);
    const { temporaryPassword, user } = reset.json as unknown as {
      temporaryPassword: string;
      user: { mustChangePassword: boolean };
    };
    expect(temporaryPassword).toMatch(/^[\w-]{20,}$/);
    expect(user.mustChangePassword).toBe(true);
    expect((await call(getMe, "/api/me", victim)).status).toBe(401);

    const [event] = await audited("user.password_reset", ids.pat);
    expect(event).toMatchObject({
      actorId: ids.admin,
      outcome: "success",
      details: { email: "pat@example.com", madeUp: true, endedSessions: open.length },
    });
    expect(
      await handle.db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, ids.pat), isNull(sessions.endedAt))),
    ).toEqual([]);
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);

    // Signed in with it, the user may do nothing but change it: not with their session, not with their token.
    const { user: signedIn } = await authorizeCredentials(
      handle.db,
      { email: "pat@example.com", password: temporaryPassword },
      {},
    );
    const fresh = { cookie: (await openTestSession(handle.db, ids.pat, { sv: signedIn.sv })).cookie };
    for (const auth of [fresh, { token }]) {
      const held = await call(getMe, "/api/me", auth);
      expect(held).toMatchObject({ status: 403, json: { error: { code: "password_change_required" } } });
    }
    const changed = await change(fresh, temporaryPassword, "pat's very own password");
    expect(changed.status).toBe(200);
    expect((await passwordOf(ids.pat)).mustChangePassword).toBe(false);
    for (const auth of [fresh, { token }]) expect((await call(getMe, "/api/me", auth)).status).toBe(200);
  });

  it("takes a temporary password the admin typed, and then answers none", async () => {
    const reset = await call(
      resetPassword,
      `/api/users/${ids.sam}/password`,
      await admin(),
      { password: "typed by the admin" },
      { id: ids.sam },
    );
    expect(reset).toMatchObject({
      status: 200,
      json: { temporaryPassword: null, user: { id: ids.sam, mustChangePassword: true } },
    });
    expect(await verifyPassword("typed by the admin", (await passwordOf(ids.sam)).passwordHash)).toBe(true);
    const listed = await call(listUsers, "/api/users", await admin());
    expect((listed.json as unknown as { users: { id: string; mustChangePassword: boolean }[] }).users).toContainEqual(
      expect.objectContaining({ id: ids.sam, mustChangePassword: true }),
    );
  });

  it("is for admins, about someone else, with a long enough password", async () => {
    const tooShort = await call(
      resetPassword,
      `/api/users/${ids.sam}/password`,
      await admin(),
      { password: "short" },
      { id: ids.sam },
    );
    expect(tooShort.json).toMatchObject({ error: { details: { issues: [{ path: "body.password" }] } } });
    const own = await call(resetPassword, `/api/users/${ids.admin}/password`, await admin(), {}, { id: ids.admin });
    expect(own).toMatchObject({ status: 409, json: { error: { code: "own_password" } } });
    const byManager = await call(
      resetPassword,
      `/api/users/${ids.pat}/password`,
      await session(ids.max),
      {},
      { id: ids.pat },
    );
    expect(byManager).toMatchObject({ status: 403, json: { error: { code: "forbidden" } } });
    const unknown = crypto.randomUUID();
    expect(
      (await call(resetPassword, `/api/users/${unknown}/password`, await admin(), {}, { id: unknown })).status,
    ).toBe(404);
  });
});
