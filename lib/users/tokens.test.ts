// Personal API tokens always expire, through the real route: at most 365 days, "never" refused, and a token made
// by calling the API with a token expires no later than that token.
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createToken } from "@/app/api/tokens/route";
import { createApiToken } from "../auth/api-tokens";
import type { DbHandle } from "../db/client";
import { apiTokens, users } from "../db/schema";
import { closeAppTestDatabase, openAppTestDatabase } from "../testing/app-database";
import { openTestSession } from "../testing/session-cookie";

const ORIGIN = "http://127.0.0.1:3996";
const DAY = 86_400_000;

let handle: DbHandle;
let userId = "";

beforeAll(async () => {
  handle = await openAppTestDatabase("tokens", ORIGIN);
  const [row] = await handle.db
    .insert(users)
    .values({ email: "script@example.com", name: "Scripter", role: "manager", passwordHash: "x" })
    .returning();
  userId = row!.id;
}, 60_000);
afterAll(() => closeAppTestDatabase(handle));

async function post(auth: Record<string, string>, body: unknown) {
  const headers = new Headers({ "content-type": "application/json", origin: ORIGIN, ...auth });
  const response = await createToken(
    new NextRequest(new URL("/api/tokens", ORIGIN), { method: "POST", headers, body: JSON.stringify(body) }),
    {
      params: Promise.resolve({}),
    },
  );
  return {
    status: response.status,
    json: (await response.json()) as {
      summary?: { expiresAt: string };
      error?: { details: { issues: { path: string }[] } };
    },
  };
}

const daysFromNow = (iso: string | undefined) => Math.round((Date.parse(iso ?? "") - Date.now()) / DAY);

describe("a personal API token's lifetime", () => {
  it("is refused as never, or as longer than 365 days", async () => {
    const cookie = { cookie: (await openTestSession(handle.db, userId)).cookie };
    for (const expiresInDays of [null, 366, 0]) {
      const refused = await post(cookie, { name: "forever", expiresInDays });
      expect(refused.status, `expiresInDays: ${expiresInDays}`).toBe(422);
      expect(refused.json.error?.details.issues[0]?.path).toBe("body.expiresInDays");
    }
    expect(await handle.db.select().from(apiTokens).where(eq(apiTokens.userId, userId))).toEqual([]);
  });

  it("is what was asked for up to 365 days, and 90 days when nothing was", async () => {
    const cookie = { cookie: (await openTestSession(handle.db, userId)).cookie };
    expect(daysFromNow((await post(cookie, { name: "yearly", expiresInDays: 365 })).json.summary?.expiresAt)).toBe(365);
    expect(daysFromNow((await post(cookie, { name: "default" })).json.summary?.expiresAt)).toBe(90);
  });

  it("ends no later than the token that made it", async () => {
    const parent = await createApiToken(handle.db, userId, { name: "short-lived", expiresInDays: 10 });
    const child = await post({ authorization: `Bearer ${parent.token}` }, { name: "child", expiresInDays: 365 });
    expect(child.status).toBe(201);
    expect(child.json.summary?.expiresAt).toBe(parent.summary.expiresAt);
    const shorter = await post(
      { authorization: `Bearer ${parent.token}` },
      { name: "shorter child", expiresInDays: 3 },
    );
    expect(daysFromNow(shorter.json.summary?.expiresAt)).toBe(3);
  });
});
