// Test fixture for calling route handlers directly: a migrated PGlite database holding one user per role,
// each with an API token, and a helper that builds the request and calls the route module's export.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { createApiToken } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import type { DbHandle } from "@/lib/db/client";
import { setDbForTests } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { resetEnvForTests } from "@/lib/env";
import { openTestDatabase } from "@/lib/testing/databases";
import type { Caller, RouteRow } from "@/app/api/route-table";

export const TEST_ORIGIN = "http://127.0.0.1:3999";

export interface RouteFixture {
  handle: DbHandle;
  tokens: Record<Exclude<Caller, "anonymous">, string>;
  userIds: Record<Exclude<Caller, "anonymous">, string>;
  throwawayUserId: string;
  close(): Promise<void>;
}

export async function setUpRouteFixture(): Promise<RouteFixture> {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-routes-"));
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
  process.env.DEMO = "0";
  resetEnvForTests();
  const handle = await openTestDatabase("pglite");
  setDbForTests(handle);
  const passwordHash = await hashPassword("route table password");
  const roles = ["admin", "manager", "fulfillment"] as const;
  const rows = await handle.db
    .insert(users)
    .values([...roles, "manager" as const].map((role, i) => ({ email: `${role}${i}@example.com`, name: `${role} ${i}`, role, passwordHash })))
    .returning();
  const tokens = {} as RouteFixture["tokens"];
  const userIds = {} as RouteFixture["userIds"];
  for (const [i, role] of roles.entries()) {
    userIds[role] = rows[i]!.id;
    tokens[role] = (await createApiToken(handle.db, rows[i]!.id, { name: "fixture" })).token;
  }
  return {
    handle,
    tokens,
    userIds,
    throwawayUserId: rows[3]!.id,
    async close() {
      setDbForTests(undefined);
      await handle.close();
    },
  };
}

async function fillPath(fixture: RouteFixture, template: string, caller: Caller): Promise<{ url: string; params: Record<string, unknown> }> {
  let url = template;
  const params: Record<string, unknown> = {};
  if (url.includes(":user")) {
    url = url.replace(":user", fixture.throwawayUserId);
    params.id = fixture.throwawayUserId;
  }
  if (url.includes(":token")) {
    // Each caller revokes a token of its own, made for this call.
    const owner = caller === "anonymous" ? fixture.userIds.admin : fixture.userIds[caller];
    const { summary } = await createApiToken(fixture.handle.db, owner, { name: "to revoke" });
    url = url.replace(":token", summary.id);
    params.id = summary.id;
  }
  const pathname = new URL(url, TEST_ORIGIN).pathname;
  if (pathname.startsWith("/api/auth/")) params.nextauth = pathname.slice("/api/auth/".length).split("/");
  if (pathname === "/api/no-such-route") params.path = ["no-such-route"];
  return { url, params };
}

export async function callRoute(fixture: RouteFixture, row: RouteRow, caller: Caller): Promise<Response> {
  const { url, params } = await fillPath(fixture, row.path, caller);
  const headers = new Headers({ "content-type": "application/json" });
  if (caller !== "anonymous") headers.set("authorization", `Bearer ${fixture.tokens[caller]}`);
  const body = row.body ? JSON.stringify(row.body(caller)) : undefined;
  const request = new NextRequest(new URL(url, TEST_ORIGIN), { method: row.method, headers, body });
  const module = (await import(path.join(process.cwd(), row.file))) as Record<
    string,
    (req: NextRequest, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>
  >;
  return module[row.method]!(request, { params: Promise.resolve(params) });
}
