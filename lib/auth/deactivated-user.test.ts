// Every API route refuses a deactivated user at once: their still-valid session cookie and their API token
// answer 401 on the very next request, whatever the route. The user is an admin (allowed everywhere while
// active) and is deactivated by the column alone, so nothing but the active check can refuse them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paramsFor, ROUTE_TABLE, type RouteRow } from "@/lib/testing/route-table";
import { setDbForTests } from "../db";
import type { DbHandle } from "../db/client";
import { users } from "../db/schema";
import { resetEnvForTests } from "../env";
import { openTestDatabase } from "../testing/databases";
import { openTestSession } from "../testing/session-cookie";
import { createApiToken } from "./api-tokens";

const ORIGIN = "http://127.0.0.1:3998";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

async function call(row: RouteRow, auth: Record<string, string>): Promise<Response> {
  // A refused caller never reaches the ids, so any well-formed id will do.
  const url = new URL(
    row.path.replace(/:\w+/g, () => crypto.randomUUID()),
    ORIGIN,
  );
  const headers = new Headers({
    "content-type": "application/json",
    origin: ORIGIN,
    "idempotency-key": crypto.randomUUID(),
    ...auth,
  });
  const body = row.body
    ? JSON.stringify(row.body("admin", { connection: crypto.randomUUID(), order: "1" }))
    : undefined;
  const module = (await import(path.join(process.cwd(), row.file))) as Record<string, Handler>;
  return module[row.method]!(new NextRequest(url, { method: row.method, headers, body }), {
    params: Promise.resolve(paramsFor(row.file, url.pathname)),
  });
}

// Routes an anonymous caller may not use (the public ones answer a deactivated user as they answer anyone).
const guarded = ROUTE_TABLE.filter((row) => !row.httpOnly && row.expect.anonymous === 401);

describe("a deactivated user", () => {
  let handle: DbHandle;
  const auth = { cookie: {} as Record<string, string>, token: {} as Record<string, string> };

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-deactivated-"));
    process.env.NEXTAUTH_URL = ORIGIN;
    process.env.DEMO = "0";
    resetEnvForTests();
    handle = await openTestDatabase("pglite");
    setDbForTests(handle);
    const [admin] = await handle.db
      .insert(users)
      .values({ email: "gone@example.com", name: "Gone", role: "admin", passwordHash: "x" })
      .returning();
    auth.cookie = { cookie: (await openTestSession(handle.db, admin!.id)).cookie };
    auth.token = { authorization: `Bearer ${(await createApiToken(handle.db, admin!.id, { name: "script" })).token}` };
    const me = ROUTE_TABLE.find((row) => row.path === "/api/me")!;
    for (const credentials of [auth.cookie, auth.token]) expect((await call(me, credentials)).status).toBe(200);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, admin!.id));
  }, 60_000);
  afterAll(async () => {
    setDbForTests(undefined);
    await handle?.close();
  });

  it("is a guarded route list worth the name", () => {
    expect(guarded.length).toBeGreaterThan(25);
  });

  for (const row of guarded) {
    it(`${row.method} ${row.path}: 401 with their session cookie and with their API token`, async () => {
      for (const [kind, credentials] of Object.entries(auth)) {
        const response = await call(row, credentials);
        expect(response.status, `${kind}: ${await response.clone().text()}`).toBe(401);
      }
    });
  }
});
