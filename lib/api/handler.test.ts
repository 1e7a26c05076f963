// The route wrapper's doors: session cookies (with the session-version check), the Origin check on
// cookie-authenticated writes, bearer tokens, and zod errors as 422 with field paths.
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { GET as getMe } from "@/app/api/me/route";
import { POST as postUser } from "@/app/api/users/route";
import { auditEvents, users } from "../db/schema";
import { type RouteFixture, setUpRouteFixture, TEST_ORIGIN } from "../testing/route-fixture";
import { openTestSession } from "../testing/session-cookie";

let fixture: RouteFixture;
beforeAll(async () => {
  fixture = await setUpRouteFixture();
});
afterAll(async () => {
  await fixture?.close();
});

async function sessionCookie(userId: string, sv: number): Promise<string> {
  return (await openTestSession(fixture.handle.db, userId, { sv })).cookie;
}

const noParams = { params: Promise.resolve({}) };

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new NextRequest(new URL(path, TEST_ORIGIN), {
    method: init.method ?? "GET",
    headers: init.headers,
    body: init.body,
  });
}

describe("the route wrapper", () => {
  it("answers 401 to an anonymous call of a route Next.js hands no params (and audits it)", async () => {
    const response = await getMe(request("/api/me"), {});
    expect(response.status).toBe(401);
  });

  it("accepts a valid session cookie and ends it once the session version moves on", async () => {
    const cookie = await sessionCookie(fixture.userIds.manager, 1);
    const ok = await getMe(request("/api/me", { headers: { cookie } }), noParams);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ user: { id: fixture.userIds.manager, role: "manager" }, via: "session" });

    await fixture.handle.db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, fixture.userIds.manager));
    const ended = await getMe(request("/api/me", { headers: { cookie } }), noParams);
    expect(ended.status).toBe(401);
    expect(await ended.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("refuses a cookie-authenticated write without a same-origin Origin header (403)", async () => {
    const cookie = await sessionCookie(fixture.userIds.admin, 1);
    const body = JSON.stringify({
      email: "csrf@example.com",
      name: "C",
      role: "manager",
      password: "a long password here",
    });
    const headers = { cookie, "content-type": "application/json" };
    const missing = await postUser(request("/api/users", { method: "POST", headers, body }), noParams);
    expect(missing.status).toBe(403);
    expect((await missing.json()).error.code).toBe("cross_origin");
    const foreign = await postUser(
      request("/api/users", { method: "POST", headers: { ...headers, origin: "https://evil.example" }, body }),
      noParams,
    );
    expect(foreign.status).toBe(403);
    const [row] = await fixture.handle.db.select().from(users).where(eq(users.email, "csrf@example.com"));
    expect(row).toBeUndefined();
    const same = await postUser(
      request("/api/users", { method: "POST", headers: { ...headers, origin: TEST_ORIGIN }, body }),
      noParams,
    );
    expect(same.status).toBe(201);
  });

  it("answers 401 for an unknown bearer token and never falls back to the cookie", async () => {
    const cookie = await sessionCookie(fixture.userIds.admin, 1);
    const response = await getMe(
      request("/api/me", { headers: { cookie, authorization: "Bearer od_nope" } }),
      noParams,
    );
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("invalid_token");
  });

  it("answers 422 with field paths for a bad body, bad params or malformed JSON, and changes nothing", async () => {
    const auth = { authorization: `Bearer ${fixture.tokens.admin}`, "content-type": "application/json" };
    const bad = await postUser(
      request("/api/users", {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ email: "not-an-email", role: "owner", password: "short" }),
      }),
      noParams,
    );
    expect(bad.status).toBe(422);
    const paths = ((await bad.json()).error.details.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["body.email", "body.name", "body.role", "body.password"]));

    const malformed = await postUser(request("/api/users", { method: "POST", headers: auth, body: "{nope" }), noParams);
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).error.code).toBe("invalid_json");

    const badId = await patchUser(
      request("/api/users/123", { method: "PATCH", headers: auth, body: JSON.stringify({ name: "x" }) }),
      { params: Promise.resolve({ id: "123" }) },
    );
    expect(badId.status).toBe(422);
    expect((await badId.json()).error.details.issues[0].path).toBe("params.id");
  });

  it("writes refused requests to the audit log, one entry a minute per caller, IP and route (ids and all)", async () => {
    const auth = { authorization: `Bearer ${fixture.tokens.fulfillment}` };
    for (let i = 0; i < 10; i++) {
      const id = crypto.randomUUID();
      const refused = await patchUser(
        request(`/api/users/${id}`, { method: "PATCH", headers: auth, body: JSON.stringify({ name: "x" }) }),
        {
          params: Promise.resolve({ id }),
        },
      );
      expect(refused.status).toBe(403);
    }
    const anonymous = await getMe(request("/api/me"), noParams);
    expect(anonymous.status).toBe(401);

    const denials = await fixture.handle.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.denied"));
    const byFulfillment = denials.filter((event) => event.actorId === fixture.userIds.fulfillment);
    expect(byFulfillment.map((event) => event.details)).toEqual([
      { method: "PATCH", route: "/api/users/:id", status: 403, code: "forbidden", via: "token" },
    ]);
    expect(denials.filter((event) => event.actorId === null).map((event) => event.details)).toContainEqual({
      method: "GET",
      route: "/api/me",
      status: 401,
      code: "unauthorized",
    });
    expect(byFulfillment[0]).toMatchObject({ outcome: "denied", actorEmail: fixture.users.fulfillment.email });
  });

  it("answers 404 for a well-formed but unknown user id", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const response = await patchUser(
      request(`/api/users/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${fixture.tokens.admin}` },
        body: JSON.stringify({ name: "x" }),
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(404);
  });
});
