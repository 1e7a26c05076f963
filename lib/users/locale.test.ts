// PUT /api/me/locale stores the caller's own language (and only theirs); unknown languages are refused.
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putLocale } from "@/app/api/me/locale/route";
import { hashPassword } from "../auth/password";
import type { DbHandle } from "../db/client";
import { users } from "../db/schema";
import { closeAppTestDatabase, openAppTestDatabase } from "../testing/app-database";
import { openTestSession } from "../testing/session-cookie";
import { getUserLocale } from "./locale";

const ORIGIN = "http://127.0.0.1:3996";
let handle: DbHandle;
const ids = { pat: "", sam: "" };

beforeAll(async () => {
  handle = await openAppTestDatabase("user-locale", ORIGIN);
  const passwordHash = await hashPassword("a password of theirs");
  const rows = await handle.db
    .insert(users)
    .values([
      { email: "pat@example.com", name: "Pat", role: "fulfillment", passwordHash },
      { email: "sam@example.com", name: "Sam", role: "manager", passwordHash },
    ])
    .returning();
  [ids.pat, ids.sam] = rows.map((row) => row.id) as [string, string];
}, 60_000);
afterAll(() => closeAppTestDatabase(handle));

async function put(userId: string, body: unknown) {
  const { cookie } = await openTestSession(handle.db, userId);
  const request = new NextRequest(new URL("/api/me/locale", ORIGIN), {
    method: "PUT",
    headers: { "content-type": "application/json", origin: ORIGIN, cookie },
    body: JSON.stringify(body),
  });
  const response = await putLocale(request, { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("PUT /api/me/locale", () => {
  it("stores the caller's language, and null follows the browser again", async () => {
    expect(await getUserLocale(handle.db, ids.pat)).toBeNull();
    expect(await put(ids.pat, { locale: "tr" })).toEqual({ status: 200, json: { locale: "tr" } });
    expect(await getUserLocale(handle.db, ids.pat)).toBe("tr");
    expect(await getUserLocale(handle.db, ids.sam)).toBeNull();
    expect(await put(ids.pat, { locale: null })).toEqual({ status: 200, json: { locale: null } });
    expect(await getUserLocale(handle.db, ids.pat)).toBeNull();
  });

  it("refuses a language Orderdeck does not have", async () => {
    const answer = await put(ids.sam, { locale: "de" });
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ error: { details: { issues: [{ path: "body.locale" }] } } });
    const [row] = await handle.db.select({ locale: users.locale }).from(users).where(eq(users.id, ids.sam));
    expect(row?.locale).toBeNull();
  });
});
